using KbEngine.Core.Model;

namespace KbEngine.Core.Tests.Parsing;

/// <summary>Numbered and lettered steps, with the blocks nested under a step.</summary>
public class StepListTests
{
    private static StepList StepsIn(Section section) => Assert.Single(section.Blocks.OfType<StepList>());

    [Fact]
    public void TheResolutionOfQ199534HasFiveNumberedSteps()
    {
        var resolution = ArticleWalk.Section(FixtureArticles.Article("Q199534"), "RESOLUTION");

        Assert.Equal<string>(["paragraph", "steps"], resolution.Blocks.Select(block => block.Kind));
        Assert.Equal("To complete configuration of an MS Mail postoffice:", Assert.IsType<Paragraph>(resolution.Blocks[0]).Content);
        var steps = StepsIn(resolution);
        Assert.Equal<int>([1, 2, 3, 4, 5], steps.Items.Select(item => item.Number));
        Assert.Equal<string>(["1.", "2.", "3.", "4.", "5."], steps.Items.Select(item => item.Marker));
        Assert.StartsWith("If there are other remote Exchange Server sites, repeat steps 1 through 4", steps.Items[4].Content, StringComparison.Ordinal);
    }

    [Fact]
    public void AStepsContinuationLinesAreJoinedIntoItsContent()
    {
        var steps = StepsIn(ArticleWalk.Section(FixtureArticles.Article("Q199534"), "RESOLUTION"));

        Assert.Equal("Start the MS Mail Admininstrator program, click External Admin, and then click Create.", steps.Items[0].Content);
        Assert.Equal("If there are other remote Exchange Server sites, repeat steps 1 through 4 for the other Exchange Server sites.", steps.Items[4].Content);
        Assert.Equal("5. If there are other remote Exchange Server sites, repeat steps 1 through 4 for\n  the other Exchange Server sites.", steps.Items[4].Text);
        Assert.All(steps.Items, item => Assert.Empty(item.Blocks));
    }

    [Fact]
    public void CodeAnnouncedByAStepIsALiteralBlockNestedUnderThatStep()
    {
        var example = Assert.Single(ArticleWalk.Section(FixtureArticles.Article("Q240653"), "MORE INFORMATION").Subsections);
        var steps = StepsIn(example);

        Assert.Equal<int>([1, 2, 3, 4, 5, 6, 7], steps.Items.Select(item => item.Number));
        var step3 = steps.Items[2];
        Assert.Equal("Add the following code into the General Declarations section of Form1:", step3.Content);
        var code = Assert.IsType<LiteralBlock>(Assert.Single(step3.Blocks));
        var lines = ParsingTestText.Lines(code).ToList();
        Assert.Equal("Option Explicit", lines[0]);
        Assert.Contains("Private Sub Form_Load()", lines);
        Assert.Contains("Command3.Caption = \"Print Image\"", lines);
        Assert.Equal("End Sub", lines[^1]);
        Assert.Equal("Open Microsoft Paint, and then run the project.", steps.Items[3].Content);
        Assert.Empty(steps.Items[3].Blocks);
    }

    [Fact]
    public void RegistryTextUnderTwoStepsIsLiteralInEach()
    {
        var workaround = ArticleWalk.Section(FixtureArticles.Article("Q219031"), "WORKAROUND");
        var items = workaround.Blocks.SelectMany(ArticleWalk.Descendants).OfType<ListItem>().ToList();

        var step2 = Assert.Single(items, item => item.Number == 2);
        Assert.Equal("Locate the following key in the registry:", step2.Content);
        Assert.Equal<string>(
            [@"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchangeIS\ParametersSystem"],
            ParsingTestText.Lines(Assert.IsType<LiteralBlock>(Assert.Single(step2.Blocks))));

        var step3 = Assert.Single(items, item => item.Number == 3);
        Assert.Equal("On the Edit menu, click Add Value, and then add the following registry value:", step3.Content);
        Assert.Equal<string>(
            [
                "Value Name: Pop3 Line Wrap Size",
                "Data Type:  REG_DWORD",
                "Value:      Type the maximum line length in either decimal or hexadecimal.",
            ],
            ParsingTestText.Lines(Assert.IsType<LiteralBlock>(Assert.Single(step3.Blocks))));

        var step4 = Assert.Single(items, item => item.Number == 4);
        Assert.Equal("Quit Registry Editor. Stop and restart the Microsoft Exchange Information Store for the change to take effect.", step4.Content);
    }

    [Fact]
    public void AStepCanHoldCodeThenProseThenCode()
    {
        var workaround = Assert.Single(ArticleWalk.Section(FixtureArticles.Article("Q134620"), "WORKAROUND").Subsections);
        var steps = StepsIn(workaround);

        Assert.Equal<int>([1, 2, 3, 4, 5, 6, 7, 8], steps.Items.Select(item => item.Number));
        var step4 = steps.Items[3];
        Assert.Equal("The second line of code in the Addmethods method is this LOCAL statement:", step4.Content);
        Assert.Equal<string>(["literal", "paragraph", "literal"], step4.Blocks.Select(block => block.Kind));
        Assert.Equal<string>(["LOCAL cTmp, savearea, gendir, m.newmethod2"], ParsingTestText.Lines(step4.Blocks[0]));
        Assert.Equal("Add the GENDIRCOUNT variable to this statement. It should now read:", Assert.IsType<Paragraph>(step4.Blocks[1]).Content);
        Assert.Equal<string>(["LOCAL cTmp, savearea, gendir, m.newmethod2, Gendircount"], ParsingTestText.Lines(step4.Blocks[2]));
    }

    [Fact]
    public void CodeWithABlankLineInsideStaysUnderItsStep()
    {
        var reproduce = Assert.Single(ArticleWalk.Section(FixtureArticles.Article("Q134620"), "MORE INFORMATION").Subsections);
        var steps = StepsIn(reproduce);

        Assert.Equal(5, steps.Items.Length);
        var step2 = steps.Items[1];
        Assert.Equal("In the screen's Cleanup code, place this code:", step2.Content);
        Assert.All(step2.Blocks, block => Assert.IsType<LiteralBlock>(block));
        Assert.Equal<string>(["#REGION 1", "Mvar1=2", "#REGION 2", "Mvar2=3"], step2.Blocks.SelectMany(ParsingTestText.AllLines));
        Assert.Equal("Save the screen.", steps.Items[2].Content);
    }

    [Fact]
    public void TwentyThreeStepsWithTwoDigitNumbersAreOneList()
    {
        var more = ArticleWalk.Section(FixtureArticles.Article("Q134683"), "MORE INFORMATION");
        var steps = StepsIn(more);

        Assert.Equal(Enumerable.Range(1, 23), steps.Items.Select(item => item.Number));
        Assert.Equal("10.", steps.Items[9].Marker);
        Assert.Equal("Rename all *.jp_ files in the C:\\Scenes\\Picsets\\Hollywoo folder to  *.jpg. For example,", steps.Items[9].Content);
        Assert.Equal("Run the Add A Collection To Scenes Wizard. Point the wizard to the c:\\scenes\\picsets\\hollywoo folder.", steps.Items[22].Content);
    }

    [Fact]
    public void LetteredSubstepsAreAStepListNestedUnderTheirStep()
    {
        var steps = StepsIn(ArticleWalk.Section(FixtureArticles.Article("Q134683"), "MORE INFORMATION"));

        var step18 = steps.Items[17];
        Assert.Equal("In Windows 95, create a shortcut for Scenes by using the following steps:", step18.Content);
        var substeps = Assert.IsType<StepList>(Assert.Single(step18.Blocks));
        Assert.Equal<string>(["a.", "b.", "c.", "d.", "e.", "f.", "g.", "h.", "i."], substeps.Items.Select(item => item.Marker));
        Assert.Equal(Enumerable.Range(1, 9), substeps.Items.Select(item => item.Number));
        Assert.Equal("From the Start menu, select Settings - Taskbar.", substeps.Items[0].Content);
        Assert.Equal("Where it says 'Select a name for the shortcut', type in 'Microsoft Scenes' and press Enter.", substeps.Items[6].Content);
        Assert.Equal("Skip to step 21.", substeps.Items[8].Content);

        Assert.Equal(3, Assert.IsType<StepList>(Assert.Single(steps.Items[18].Blocks)).Items.Length);
        Assert.Equal(4, Assert.IsType<StepList>(Assert.Single(steps.Items[19].Blocks)).Items.Length);
    }

    [Fact]
    public void AStepCanHoldCodeProseAndCodeAfterAColon()
    {
        var steps = StepsIn(ArticleWalk.Section(FixtureArticles.Article("Q134683"), "MORE INFORMATION"));

        var step4 = steps.Items[3];
        Assert.Equal("Expand the following files from Disk 1 to the C:\\Scenes folder:", step4.Content);
        Assert.Equal<string>(["literal", "paragraph", "literal"], step4.Blocks.Select(block => block.Kind));
        Assert.Equal<string>(["Scenes.ex_", "Scenes.hl_", "Msswiz.dl_"], ParsingTestText.Lines(step4.Blocks[0]));
        Assert.Equal(
            "For example, to expand Scenes.ex_, type the following at the MS-DOS command prompt and press ENTER:",
            Assert.IsType<Paragraph>(step4.Blocks[1]).Content);
        Assert.Equal<string>([@"c:\scenes>expand a:\scenes.ex_ scenes.exe"], ParsingTestText.Lines(step4.Blocks[2]));
    }

    [Fact]
    public void AnIndentedNoteUnderTheLastStepBelongsToThatStepAndTheTextAfterDoesNot()
    {
        var resolution = ArticleWalk.Section(FixtureArticles.Article("Q144930"), "RESOLUTION");

        Assert.Equal<string>(["paragraph", "steps", "paragraph"], resolution.Blocks.Select(block => block.Kind));
        var steps = StepsIn(resolution);
        Assert.Equal(7, steps.Items.Length);
        var step7 = steps.Items[6];
        Assert.Equal("Activate the Size tab. Type the height of the picture in the Height box. Type the width of the picture in the Width box, and then click OK.", step7.Content);
        Assert.Equal(
            "Note: You may have to clear the Lock Aspect Ratio box in order to enter that correct values for the width and height of the picture.",
            Assert.IsType<Paragraph>(Assert.Single(step7.Blocks)).Content);
        Assert.Equal("To correct this problem, obtain Microsoft Office 97 Service Release 2 (SR-2).", Assert.IsType<Paragraph>(resolution.Blocks[2]).Content);
    }

    [Fact]
    public void AParagraphAfterTheLastStepIsNotPartOfTheSteps()
    {
        var resolution = ArticleWalk.Section(FixtureArticles.Article("Q134595"), "RESOLUTION");

        Assert.Equal<string>(["paragraph", "steps", "paragraph"], resolution.Blocks.Select(block => block.Kind));
        var steps = StepsIn(resolution);
        Assert.Equal<string>(
            [
                "Click Start, point to Settings, and then click Control Panel.",
                "Double-click Network.",
                "In the Network dialog box, under Primary Network Logon, select the desired client, and then click OK.",
            ],
            steps.Items.Select(item => item.Content));
        Assert.Equal("This setting automatically makes the appropriate changes to the registry.", Assert.IsType<Paragraph>(resolution.Blocks[2]).Content);
    }

    [Theory]
    [InlineData("Q219541", "SYMPTOMS", 7, "In a new Word document, click Paste on the Edit menu.")]
    [InlineData("Q251105", "RESOLUTION", 4, "Install Visual Studio 6.0.")]
    public void EveryStepOfTheListIsRead(string id, string heading, int count, string lastStep)
    {
        var steps = StepsIn(ArticleWalk.Section(FixtureArticles.Article(id), heading));

        Assert.Equal(Enumerable.Range(1, count), steps.Items.Select(item => item.Number));
        Assert.Equal(lastStep, steps.Items[^1].Content);
    }

    [Fact]
    public void AnExampleAnnouncedWithForExampleIsLiteralUnderItsStep()
    {
        var resolution = ArticleWalk.Section(FixtureArticles.Article("Q138618"), "RESOLUTION");
        var step1 = resolution.Blocks.OfType<StepList>().First().Items[0];

        Assert.Equal(
            @"Run PCMCMD.EXE. You can find this tool on Windows NT CD-ROM in the \SUPPORT\DEBUG\I386 directory. Pipe the output to a file. For example:",
            step1.Content);
        Assert.Equal<string>(["PCMCMD > MYINFO.TXT"], ParsingTestText.Lines(Assert.IsType<LiteralBlock>(Assert.Single(step1.Blocks))));
    }
}
