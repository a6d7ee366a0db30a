using PeerPractice.Agendas;
using PeerPractice.Collections;

namespace PeerPractice.Core.Tests;

public class ValueArrayTests
{
    [Fact]
    public void Arrays_with_the_same_elements_are_equal()
    {
        ValueArray<string> a = ["x", "y"];
        var b = ValueArray.Create("x", "y");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ValueArray.Create("y", "x"));
        Assert.Equal(ValueArray<string>.Empty, default);
    }

    [Fact]
    public void Records_holding_value_arrays_compare_by_value()
    {
        static AgendaSection Build() => new(
            "problem",
            "Biggest problem",
            [new AgendaItem("biggest-problem", "What is your biggest problem?", TurnPolicy.Each, TimeSpan.FromMinutes(5), null, "")]);

        Assert.Equal(Build(), Build());
        Assert.NotSame(Build(), Build());
    }

    [Fact]
    public void An_empty_or_null_built_array_has_no_elements_and_equals_the_default()
    {
        var fromNull = new ValueArray<string>(null!);
        var created = ValueArray.Create<string>(null!);
        Assert.Equal((0, true), (fromNull.Count, fromNull.IsEmpty));
        Assert.Equal((0, true), (created.Count, created.IsEmpty));
        Assert.True(fromNull == ValueArray<string>.Empty && created == default);
        Assert.Empty(fromNull);
        Assert.Throws<IndexOutOfRangeException>(() => ValueArray<string>.Empty[0]);
        Assert.Equal("ValueArray<String>[0]", ValueArray<string>.Empty.ToString());
    }

    [Fact]
    public void Elements_are_copied_in_order_and_later_changes_to_the_source_do_not_show()
    {
        var source = new List<string> { "a", "b", "c" };
        var fromList = source.ToValueArray();
        string[] array = ["a", "b", "c"];
        var created = ValueArray.Create(array);
        source[0] = "changed";
        array[0] = "changed";
        Assert.Equal((3, false, "a", "c"), (fromList.Count, fromList.IsEmpty, fromList[0], fromList[2]));
        Assert.Equal(["a", "b", "c"], created);
        Assert.Equal("ValueArray<String>[3]", created.ToString());
    }

    [Fact]
    public void Every_enumerator_yields_the_elements_in_order()
    {
        ValueArray<int> numbers = [3, 1, 2];
        var viaStruct = new List<int>();
        foreach (var n in numbers)
        {
            viaStruct.Add(n);
        }

        var viaGeneric = ((IEnumerable<int>)numbers).ToList();
        var viaPlain = new List<int>();
        foreach (var n in (System.Collections.IEnumerable)numbers)
        {
            viaPlain.Add((int)n);
        }

        Assert.Equal([3, 1, 2], viaStruct);
        Assert.Equal([3, 1, 2], viaGeneric);
        Assert.Equal([3, 1, 2], viaPlain);
        Assert.Empty(((IEnumerable<int>)ValueArray<int>.Empty).ToList());
        Assert.False(ValueArray<int>.Empty.GetEnumerator().MoveNext());
    }

    [Fact]
    public void Equality_needs_the_same_length_and_every_element_equal_and_the_hash_follows_it()
    {
        ValueArray<string?> a = ["x", null, "z"];
        ValueArray<string?> same = ["x", null, "z"];
        ValueArray<string?> shorter = ["x", null];
        ValueArray<string?> lastDiffers = ["x", null, "y"];
        Assert.True(a == same && !(a != same) && a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.True(a != shorter && shorter != a && a != lastDiffers);
        Assert.False(a.Equals((object)"x"));
        Assert.False(a.Equals((object)new ValueArray<object?>(["x", null, "z"])));
        Assert.NotEqual(a.GetHashCode(), lastDiffers.GetHashCode());
        Assert.NotEqual(ValueArray.Create(1, 2).GetHashCode(), ValueArray.Create(2, 1).GetHashCode());
        Assert.NotEqual(ValueArray.Create(0).GetHashCode(), ValueArray<int>.Empty.GetHashCode());
    }
}
