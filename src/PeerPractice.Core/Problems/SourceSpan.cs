namespace PeerPractice;

/// <summary>
/// Where a problem is in the source text. Lines and columns are 1-based and count UTF-16
/// characters, as editors and the C# compiler do.
/// </summary>
/// <param name="Offset">0-based character offset of the first character.</param>
/// <param name="Length">Number of characters covered (0 for a point).</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
/// <param name="EndLine">1-based line just after the last character.</param>
/// <param name="EndColumn">1-based column just after the last character.</param>
public readonly record struct SourceSpan(int Offset, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A span of one point at the start of a file; also used for problems about a whole file.</summary>
    public static SourceSpan Start => new(0, 0, 1, 1, 1, 1);

    /// <summary>A point at a 1-based line and column whose character offset is not known (offset 0).</summary>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column.</param>
    public static SourceSpan At(int line, int column) => new(0, 0, line, column, line, column);
}
