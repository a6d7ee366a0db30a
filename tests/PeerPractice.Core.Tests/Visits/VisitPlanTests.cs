using PeerPractice.Samples;
using PeerPractice.Visits;

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

    [Fact]
    public void A_return_visit_with_the_organizations_swapped_but_naming_another_first_visit_is_refused()
    {
        var first = SampleDocuments.VisitPair.First;
        var e = Assert.Throws<ArgumentException>(() => new VisitPair(first, SampleDocuments.VisitPair.Reciprocal with { ReciprocalOf = "another-visit" }));
        Assert.Equal("reciprocal", e.ParamName);
        Assert.StartsWith($"The return visit must name '{first.Id}' as ReciprocalOf.", e.Message, StringComparison.Ordinal);
    }
}

public class VisitPlanValidatorTests
{
    [Fact]
    public void The_sample_plan_is_valid()
    {
        Assert.Empty(VisitPlanValidator.Validate(SampleDocuments.VisitPlan));
    }

    [Fact]
    public void Overlaps_unfair_question_time_unknown_topics_and_missing_objectives_are_reported()
    {
        var plan = SampleDocuments.VisitPlan;
        var broken = plan with
        {
            Objectives = [],
            Slots =
            [
                plan.Slots[0],
                plan.Slots[1] with { Start = TimeSpan.FromMinutes(10) },
                plan.Slots[2] with { QuestionTimeEach = TimeSpan.FromMinutes(40) },
                plan.Slots[3] with { TopicId = "astrology" },
            ],
        };
        var problems = VisitPlanValidator.Validate(broken).Select(p => p.ToString()).ToList();
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("objectives:"));
        Assert.Contains(problems, p => p.StartsWith("slots[1]:") && p.Contains("starts before"));
        Assert.Contains(problems, p => p.StartsWith("slots[2]:") && p.Contains("1 h 20 min"));
        Assert.Contains(problems, p => p.StartsWith("slots[3]:") && p.Contains("astrology"));
    }

    [Fact]
    public void A_drafted_return_visit_needs_only_its_agenda_agreed()
    {
        Assert.Empty(VisitPlanValidator.Validate(SampleDocuments.VisitPair.Reciprocal));
    }
}
