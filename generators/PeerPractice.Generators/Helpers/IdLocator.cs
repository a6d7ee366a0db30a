using PeerPractice.Agendas;
using PeerPractice.Generators.Model;
using PeerPractice.Json;

namespace PeerPractice.Generators.Helpers;

/// <summary>
/// Finds where an id is written, for the generator's own diagnostics (the runtime model carries no
/// positions). It re-reads the text with the shared JSON reader, only when a diagnostic needs a
/// location, so valid agendas never pay for it; a value it cannot find points at the file start.
/// </summary>
internal sealed class IdLocator(string text, string filePath)
{
    private JsonNode? _root;
    private LineMap? _lines;
    private bool _read;

    /// <summary>
    /// The agenda's <c>$.id</c>. Every valid agenda needs this one (for cross-file duplicates), so it
    /// is found by one light scan of the top-level members rather than by re-reading the document.
    /// </summary>
    public LocationSpec Agenda()
    {
        var json = WithoutByteOrderMark();
        var depth = 0;
        var expectKey = false;
        for (var i = 0; i < json.Length; i++)
        {
            switch (json[i])
            {
                case '{': depth++; expectKey = depth == 1; break;
                case '[': depth++; break;
                case '}': case ']': depth--; break;
                case ',': expectKey = depth == 1; break;
                case '"':
                    var end = EndOfString(json, i);
                    if (expectKey && end == i + 3 && json[i + 1] == 'i' && json[i + 2] == 'd')
                    {
                        var value = SkipSpace(json, SkipSpace(json, end + 1) + 1);
                        return value < json.Length && json[value] == '"'
                            ? new LocationSpec(filePath, new LineMap(json).Span(value, EndOfString(json, value) + 1))
                            : LocationSpec.StartOf(filePath);
                    }

                    expectKey = false;
                    i = end;
                    break;
            }
        }

        return LocationSpec.StartOf(filePath);
    }

    /// <summary><c>$.sections[section].id</c>.</summary>
    public LocationSpec Section(int section) => Locate(Member(SectionNode(section), "id"));

    /// <summary><c>$.sections[section].items[item].id</c>.</summary>
    public LocationSpec Item(int section, int item) => Locate(Member(Element(Member(SectionNode(section), "items"), item), "id"));

    private JsonNode? SectionNode(int section) => Element(Member(Root(), "sections"), section);

    private JsonNode? Root()
    {
        if (!_read)
        {
            _read = true;

            var json = WithoutByteOrderMark();
            _root = JsonTextReader.Read(json, 0, new ProblemCollector(json, filePath), AgendaProblemCatalog.Syntax);
            _lines = new LineMap(json);
        }

        return _root;
    }

    // As the parser does: a byte order mark is not a column, so offsets count from after it.
    private string WithoutByteOrderMark() => text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;

    // The offset of the closing quote of the string opening at start (or the last offset if unclosed).
    private static int EndOfString(string json, int start)
    {
        for (var i = start + 1; i < json.Length; i++)
        {
            if (json[i] == '\\')
            {
                i++;
            }
            else if (json[i] == '"')
            {
                return i;
            }
        }

        return json.Length - 1;
    }

    private static int SkipSpace(string json, int start)
    {
        var i = start;
        while (i < json.Length && json[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }

        return i;
    }

    private LocationSpec Locate(JsonNode? node) =>
        node is null || _lines is null ? LocationSpec.StartOf(filePath) : new LocationSpec(filePath, _lines.Span(node.Start, node.End));

    private static JsonNode? Member(JsonNode? node, string name)
    {
        if (node is null)
        {
            return null;
        }

        foreach (var child in node.Children)
        {
            if (string.Equals(child.Name, name, System.StringComparison.Ordinal))
            {
                return child;
            }
        }

        return null;
    }

    private static JsonNode? Element(JsonNode? node, int index) =>
        node is not null && index >= 0 && index < node.Children.Length ? node.Children[index] : null;
}
