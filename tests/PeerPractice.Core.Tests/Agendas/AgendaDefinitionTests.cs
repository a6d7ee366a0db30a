using PeerPractice.Agendas;
using PeerPractice.Collections;

namespace PeerPractice.Core.Tests.Agendas;

public sealed class AgendaDefinitionTests
{
    [Fact]
    public void Items_follow_the_sections_of_a_copy_made_with_new_sections()
    {
        var agenda = AgendaLibrary.Get("peer-brainstorm");
        var firstSectionOnly = ValueArray.Create(agenda.Sections[0]);

        var copy = agenda with { Sections = firstSectionOnly };

        Assert.Equal(agenda.Sections[0].Items.ToList(), copy.Items.ToList());
        Assert.NotEqual(agenda.Items.Count, copy.Items.Count);
        Assert.Equal(agenda.Sections.Sum(s => s.Items.Count), agenda.Items.Count);
    }

    [Fact]
    public void A_copy_that_keeps_its_sections_keeps_its_items_and_stays_equal()
    {
        var agenda = AgendaLibrary.Get("peer-brainstorm");

        var copy = agenda with { Title = agenda.Title };

        Assert.Equal(agenda, copy);
        Assert.Equal(agenda.Items.ToList(), copy.Items.ToList());
    }
}
