namespace KbEngine.Core.Compilation;

/// <summary>What a content folder holds: its article files and every folder below its top, each in path order.</summary>
/// <param name="Files">The article files (see <see cref="ContentFingerprint.List"/>).</param>
/// <param name="Folders">The top folder and every folder below it, each with its time as it was before its entries were listed.</param>
public sealed record ContentListing(IReadOnlyList<ContentFile> Files, IReadOnlyList<ContentFolder> Folders);
