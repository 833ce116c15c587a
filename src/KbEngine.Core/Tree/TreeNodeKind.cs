namespace KbEngine.Core.Tree;

/// <summary>What a node of the decision tree asks.</summary>
public enum TreeNodeKind
{
    /// <summary>Which product? The root.</summary>
    Root,

    /// <summary>Which problem area, within a product?</summary>
    Product,

    /// <summary>A product's problem area, the first yes/no question below it.</summary>
    Area,

    /// <summary>A yes/no question.</summary>
    Question,

    /// <summary>Articles no question tells apart: pick one.</summary>
    Choice,

    /// <summary>One article.</summary>
    Leaf,
}
