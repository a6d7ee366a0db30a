using System.Collections;
using PeerPractice.Documents;

namespace PeerPractice.Core.Tests.Documents;

/// <summary>
/// A document model's list through the non-generic <see cref="IList"/> members Scriban's own list leaves
/// unchecked: they add, insert and remove like the list's own members while it is open, and refuse once it is frozen.
/// </summary>
public class ModelArrayTests
{
    [Fact]
    public void An_open_list_adds_through_IList_and_returns_each_new_index()
    {
        IList list = new ModelArray();

        Assert.Equal((0, 1), (list.Add("a"), list.Add("b")));
        list.Insert(1, "c");
        list.Remove("a");

        Assert.Equal(["c", "b"], list.Cast<object>());
    }

    [Fact]
    public void A_frozen_list_refuses_every_IList_write_and_keeps_its_items()
    {
        var array = new ModelArray { "a" };
        array.IsReadOnly = true;
        IList list = array;

        Assert.Throws<InvalidOperationException>(() => list.Add("b"));
        Assert.Throws<InvalidOperationException>(() => list.Insert(0, "b"));
        Assert.Throws<InvalidOperationException>(() => list.Remove("a"));
        Assert.Throws<InvalidOperationException>(() => list[0] = "b");

        Assert.Equal(["a"], list.Cast<object>());
    }
}
