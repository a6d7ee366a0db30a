using PeerPractice.Documents;
using PeerPractice.Visits.Plans;

namespace PeerPractice.Core.Tests.Visits;

public class VisitPlanTests
{
    [Fact]
    public void Duration_and_host_people_come_from_the_slots()
    {
        var plan = SampleDocuments.VisitPlan;
        Assert.Equal(TimeSpan.FromMinutes(195), plan.Duration);
        Assert.Equal(["dev", "erin", "femi"], plan.HostPeople.Select(p => p.Id).ToArray());
    }

    [Fact]
    public void Slots_give_both_sides_equal_question_time_within_the_slot()
    {
        foreach (var slot in SampleDocuments.VisitPlan.Slots)
        {
            Assert.True(slot.QuestionTimeEach * 2 <= slot.Duration, slot.Title);
        }
    }

    [Fact]
    public void Return_visit_swaps_sides_and_links_to_the_first()
    {
        var pair = SampleDocuments.VisitPair;
        Assert.Equal(pair.First.Id, pair.Reciprocal.ReciprocalOf);
        Assert.Equal(pair.First.HostOrganization, pair.Reciprocal.VisitorOrganization);
        Assert.Equal(pair.First.VisitorOrganization, pair.Reciprocal.HostOrganization);
        Assert.Equal(pair.First.HostPeople, pair.Reciprocal.Team);
        Assert.True(pair.Reciprocal.Notes.IsEmpty);
    }

    [Fact]
    public void A_pair_that_is_not_reciprocal_is_refused()
    {
        var first = SampleDocuments.VisitPlan;
        Assert.Throws<ArgumentException>(() => new VisitPair(first, first));
        Assert.Throws<ArgumentException>(() => new VisitPair(first, SampleDocuments.VisitPair.Reciprocal with { HostOrganization = "Someone else" }));
    }
}
