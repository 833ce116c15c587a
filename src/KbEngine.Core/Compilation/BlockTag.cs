namespace KbEngine.Core.Compilation;

/// <summary>The byte that says which kind of block follows in the binary form.</summary>
internal enum BlockTag : byte
{
    Paragraph = 1,
    Literal = 2,
    Steps = 3,
    Bullets = 4,
    Item = 5,
    Table = 6,
}
