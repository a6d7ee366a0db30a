using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PeerPractice.Generators.Model;

/// <summary>An equatable place in an agenda file; becomes a <see cref="Location"/> only when reported.</summary>
/// <param name="FilePath">The agenda file, or null for project-wide problems.</param>
/// <param name="Span">Where in the file (1-based lines and columns).</param>
internal sealed record LocationSpec(string? FilePath, SourceSpan Span)
{
    /// <summary>A location for the whole project (no file).</summary>
    public static LocationSpec None { get; } = new(null, SourceSpan.Start);

    /// <summary>The start of <paramref name="filePath"/>.</summary>
    public static LocationSpec StartOf(string filePath) => new(filePath, SourceSpan.Start);

    /// <summary>The span in <paramref name="filePath"/> when known, otherwise the start of the file.</summary>
    public static LocationSpec In(string filePath, SourceSpan? span) => span is null ? StartOf(filePath) : new(filePath, span.Value);

    /// <summary>The Roslyn location: file, character span and line/column span.</summary>
    public Location ToLocation()
    {
        if (FilePath is null)
        {
            return Location.None;
        }

        var start = new LinePosition(Span.Line - 1, Span.Column - 1);
        var end = new LinePosition(Span.EndLine - 1, Span.EndColumn - 1);
        if (end < start)
        {
            end = start;
        }

        return Location.Create(FilePath, new TextSpan(Span.Offset, Span.Length), new LinePositionSpan(start, end));
    }
}
