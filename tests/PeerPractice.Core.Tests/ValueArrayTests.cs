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
}
