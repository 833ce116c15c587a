namespace KbEngine.Core.Topology;

/// <summary>The value type of a topology attribute, as <c>content/topology/types.json</c> declares it.</summary>
public enum AttributeKind
{
    /// <summary>Text.</summary>
    Text,

    /// <summary>A whole number (service packs, counts).</summary>
    WholeNumber,

    /// <summary>Any number.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A version, compared as a version (<see cref="KbVersion"/>).</summary>
    Version,

    /// <summary>A list of strings (roles).</summary>
    TextList,

    /// <summary>The id of another node, of a given type.</summary>
    NodeReference,
}
