using System.Globalization;
using System.Text;

namespace PeerPractice.Sessions;

/// <summary>
/// The syntax of one graph language. <see cref="SessionGraphs"/> walks an agenda or a machine once and
/// tells a writer what it meets, so Mermaid and DOT differ only in how each node and edge is spelled.
/// </summary>
internal abstract class GraphWriter
{
    private readonly StringBuilder _text = new();

    /// <summary>The flow's opening and its start node, titled with the agenda's title.</summary>
    public abstract void BeginFlow(string agendaId, string title);

    /// <summary>The node listing the agenda's agreements, named <c>agreements</c>.</summary>
    public abstract void Agreements(string ids);

    /// <summary>Opens the group of one section's items.</summary>
    public abstract void BeginSection(int index, string title);

    /// <summary>One item's node, named <c>i</c> and its index in the whole agenda.</summary>
    public abstract void Item(int index, string id, string prompt, string description);

    /// <summary>Closes the group opened by <see cref="BeginSection"/>.</summary>
    public abstract void EndSection();

    /// <summary>The closing node, named <c>wrap</c>.</summary>
    public abstract void WrapUp(string text);

    /// <summary>An unlabelled edge of the flow between two named nodes.</summary>
    public abstract void FlowEdge(string from, string to);

    /// <summary>A state machine's opening.</summary>
    public abstract void BeginMachine(string name);

    /// <summary>One transition: from a state, on a trigger, to a state.</summary>
    public abstract void Transition(GraphEdge edge);

    /// <summary>The graph's closing; returns the whole text.</summary>
    public virtual string End() => _text.ToString();

    protected void Append(string text) => _text.Append(text);

    protected void Line(string format, params object[] args) =>
        _text.AppendFormat(CultureInfo.InvariantCulture, format, args).Append('\n');
}
