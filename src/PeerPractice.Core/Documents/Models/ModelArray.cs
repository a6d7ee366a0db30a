using System.Collections;
using Scriban.Runtime;

namespace PeerPractice.Documents;

/// <summary>
/// A list in a document model. Scriban's <see cref="ScriptArray"/> checks its read-only flag on its own
/// members but not on the non-generic <see cref="IList"/> ones, and a template's <c>list[0] = value</c>
/// writes through those; here they check it too, so a frozen model list refuses the write like a frozen object.
/// </summary>
internal sealed class ModelArray : ScriptArray, IList
{
    public ModelArray()
    {
    }

    public ModelArray(int capacity)
        : base(capacity)
    {
    }

    object? IList.this[int index]
    {
        get => this[index];
        set => this[index] = value;
    }

    int IList.Add(object? value)
    {
        Add(value);
        return Count - 1;
    }

    void IList.Insert(int index, object? value) => Insert(index, value);

    void IList.Remove(object? value) => Remove(value);
}
