using System.Collections.Generic;
using PeerPractice.Collections;
using PeerPractice.Json;

namespace PeerPractice;

/// <summary>
/// Collects the problems of one document, locating each in the text as it is reported. Shared by
/// every JSON data file reader (agendas, topic catalogs, profiles, policies) so that all of them
/// locate problems the same way.
/// </summary>
internal sealed class ProblemCollector
{
    private readonly string _text;
    private readonly string? _filePath;
    private readonly List<Problem> _problems = new();
    private LineMap? _lines;

    public ProblemCollector(string text, string? filePath)
    {
        _text = text;
        _filePath = filePath;
    }

    /// <summary>How many problems have been reported so far.</summary>
    public int Count => _problems.Count;

    /// <summary>True once any error (not a warning) has been reported.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Reports a problem with the descriptor's default severity.</summary>
    /// <param name="descriptor">The catalog entry.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="start">Offset of the first character concerned.</param>
    /// <param name="end">Offset just after the last character concerned.</param>
    /// <param name="jsonPath">Where in the document.</param>
    public void Report(ProblemDescriptor descriptor, string message, int start, int end, string jsonPath)
    {
        // Lines are only worked out once something is wrong, so valid documents never pay for them.
        _lines ??= new LineMap(_text);
        var severity = descriptor.DefaultSeverity;
        HasErrors |= severity == ProblemSeverity.Error;
        _problems.Add(new Problem(descriptor.Id, severity, message, _filePath, jsonPath, _lines.Span(start, end), descriptor.HelpUri));
    }

    /// <summary>Reports a problem about a whole value.</summary>
    /// <param name="descriptor">The catalog entry.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="node">The value concerned.</param>
    public void Report(ProblemDescriptor descriptor, string message, JsonNode node) =>
        Report(descriptor, message, node.Start, node.End, node.Path);

    /// <summary>The 1-based line of <paramref name="offset"/>, for messages that point at another place.</summary>
    /// <param name="offset">A character offset into the text.</param>
    public int LineOf(int offset)
    {
        _lines ??= new LineMap(_text);
        return _lines.Span(offset, offset).Line;
    }

    /// <summary>Where <paramref name="node"/> is in the text, for locations asked for after parsing.</summary>
    /// <param name="node">A value of this document.</param>
    public SourceSpan SpanOf(JsonNode node)
    {
        _lines ??= new LineMap(_text);
        return _lines.Span(node.Start, node.End);
    }

    /// <summary>Every problem so far, in document order.</summary>
    public ValueArray<Problem> ToValueArray()
    {
        // Stable sort by position: binding visits fields in document order, but cross-field rules run afterwards.
        var array = _problems.ToArray();
        var keys = new long[array.Length];
        for (var i = 0; i < array.Length; i++)
        {
            keys[i] = ((long)array[i].Span.Offset << 20) | (uint)i;
        }

        System.Array.Sort(keys, array);
        return ValueArray<Problem>.UnsafeWrap(array);
    }
}
