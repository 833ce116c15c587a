using System.Collections.Immutable;

namespace KbEngine.Core.Compilation;

/// <summary>The columns of an article that lists and search hits show, read without decoding the article.</summary>
/// <param name="Document">The article's number in the knowledge base.</param>
/// <param name="Id">The article id.</param>
/// <param name="Title">The title.</param>
/// <param name="Products">The catalog ids of the products it applies to.</param>
/// <param name="Area">The title's area code.</param>
/// <param name="IssueType">The issue type.</param>
/// <param name="Cause">The first sentence of the cause, or null.</param>
/// <param name="ErrorMessages">The error messages, each with its event id in brackets.</param>
public sealed record ArticleSummary(int Document, string Id, string Title, ImmutableArray<string> Products, string? Area, string? IssueType, string? Cause, ImmutableArray<string> ErrorMessages);
