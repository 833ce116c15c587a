namespace KbEngine.Core.Compilation;

/// <summary>A file is not a compiled knowledge base this engine can read, or is stale; the message says which and what to do.</summary>
public sealed class KnowledgeBaseException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KnowledgeBaseException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public KnowledgeBaseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public KnowledgeBaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
