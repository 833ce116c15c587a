using KbEngine.Core.Model;

namespace KbEngine.Cli.Output;

/// <summary>Prints an article for a person: metadata first, then the text as the KB wrote it.</summary>
internal static class ArticleTextWriter
{
    public static void Write(TextWriter output, Article article)
    {
        output.WriteLine($"{article.Id}: {article.Title}");
        Field(output, "Area", article.Area);
        Field(output, "Products", string.Join(" | ", article.Products));
        Field(output, "Versions", article.Versions.Raw);
        Field(output, "Operating systems", string.Join(" | ", article.OperatingSystems));
        Field(output, "Keywords", string.Join(' ', article.Keywords));
        Field(output, "Last modified", article.LastModified?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Field(output, "Issue type", article.IssueType);
        Field(output, "Solution type", article.SolutionType);
        Field(output, "Source", article.Source);
        if (!article.AppliesTo.IsEmpty)
        {
            output.WriteLine("Applies to:");
            foreach (var entry in article.AppliesTo)
            {
                output.WriteLine($"  - {entry.Text}");
            }
        }

        foreach (var section in article.Sections)
        {
            WriteSection(output, section, '=');
        }

        if (!article.References.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("References:");
            foreach (var reference in article.References)
            {
                output.WriteLine($"  {reference.Id,-8} {reference.Title}");
            }
        }

        Field(output, "\nAdditional query words", article.AdditionalQueryWords);
    }

    private static void WriteSection(TextWriter output, Section section, char underline)
    {
        if (section.Heading is { } heading)
        {
            output.WriteLine();
            output.WriteLine(heading);
            output.WriteLine(new string(underline, heading.Length));
        }

        foreach (var block in section.Blocks)
        {
            WriteBlock(output, block);
        }

        foreach (var subsection in section.Subsections)
        {
            WriteSection(output, subsection, '-');
        }
    }

    private static void WriteBlock(TextWriter output, Block block)
    {
        // Containers own no text; their items and nested blocks print their own lines as written.
        if (block.Text.Length > 0)
        {
            output.WriteLine();
            output.WriteLine(block.Text);
        }

        foreach (var child in block.Children)
        {
            WriteBlock(output, child);
        }
    }

    private static void Field(TextWriter output, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            output.WriteLine($"{name}: {value}");
        }
    }
}
