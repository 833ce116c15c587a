namespace KbEngine.Site;

/// <summary>A build that cannot go on (templates missing or broken, output not writable); the old site is left in place.</summary>
public sealed class SiteBuildException : Exception
{
    /// <summary>A build failure with its reason.</summary>
    public SiteBuildException(string message)
        : base(message)
    {
    }

    /// <summary>A build failure with its reason and cause.</summary>
    public SiteBuildException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A build failure without a reason (for serializers).</summary>
    public SiteBuildException()
    {
    }
}
