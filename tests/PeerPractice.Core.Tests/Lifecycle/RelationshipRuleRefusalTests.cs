using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Sessions;

namespace PeerPractice.Core.Tests.Lifecycle;

/// <summary>The rules every engine applies to a relationship: each refusal's whole reason, and the values at the edges that pass.</summary>
public sealed class RelationshipRuleRefusalTests
{
    private static readonly RelationshipMember _ann = new("a", "Ann", "A");
    private static readonly RelationshipMember _bo = new("b", "Bo", "B");

    public static TheoryData<string, string?> Refusals => new()
    {
        { "no id", "A relationship needs an id." },
        { "one member", "Relationship 'r' has 1 members; it takes 2 to 8." },
        { "nine members", "Relationship 'r' has 9 members; it takes 2 to 8." },
        { "eight members", null },
        { "an empty member id", "Relationship 'r' needs distinct, non-empty member ids; '' is not." },
        { "a member twice", "Relationship 'r' needs distinct, non-empty member ids; 'a' is not." },
        { "a day ending as it starts", "Member 'a' of relationship 'r' has working hours 10-10; write a start from 0 to 23 and a later end up to 24." },
        { "a start before midnight", "Member 'a' of relationship 'r' has working hours -1-17; write a start from 0 to 23 and a later end up to 24." },
        { "an end after midnight", "Member 'a' of relationship 'r' has working hours 9-25; write a start from 0 to 23 and a later end up to 24." },
        { "a whole day", null },
        { "the last hour", null },
        { "no agenda", "Relationship 'r' needs an agenda." },
        { "a zero cadence", "Relationship 'r' has the cadence P0D; use a positive period such as P1M or P3M." },
        { "negative days", "Relationship 'r' has the cadence P1M-1D; use a positive period such as P1M or P3M." },
        { "negative months", "Relationship 'r' has the cadence P-1M; use a positive period such as P1M or P3M." },
        { "a fortnight", null },
        { "an internal partnership across organizations", "Internal partnership 'r' has members in 2 organizations; an internal partnership is inside one organization." },
        { "peers in one organization", "Peer relationship 'r' has two members in one organization; peers come from different organizations (an internal partnership is created as internal)." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_broken_rule_is_refused_with_its_whole_reason(string shape, string? reason)
    {
        var relationship = Shape(shape);

        Assert.Equal(reason, RelationshipRules.Problem(relationship));
        if (reason is null)
        {
            RelationshipRules.Check(relationship);
        }
        else
        {
            var refused = Assert.Throws<ArgumentException>(() => RelationshipRules.Check(relationship));
            Assert.Equal(reason + " (Parameter 'relationship')", refused.Message);
        }
    }

    private static Relationship Shape(string shape)
    {
        var valid = new Relationship("r", ValueArray.Create(_ann, _bo), AgendaLibrary.FirstCoffee, Cadence.Monthly, DateTimeOffset.UnixEpoch);
        return shape switch
        {
            "no id" => valid with { Id = " " },
            "one member" => valid with { Members = ValueArray.Create(_ann) },
            "nine members" => valid with { Members = Many(9) },
            "eight members" => valid with { Members = Many(8) },
            "an empty member id" => valid with { Members = ValueArray.Create(_ann with { Id = "" }, _bo) },
            "a member twice" => valid with { Members = ValueArray.Create(_ann, _bo, _ann with { Organization = "C" }) },
            "a day ending as it starts" => Hours(valid, 10, 10),
            "a start before midnight" => Hours(valid, -1, 17),
            "an end after midnight" => Hours(valid, 9, 25),
            "a whole day" => Hours(valid, 0, 24),
            "the last hour" => Hours(valid, 23, 24),
            "no agenda" => valid with { AgendaId = "" },
            "a zero cadence" => valid with { Cadence = new Cadence(0, 0) },
            "negative days" => valid with { Cadence = new Cadence(1, -1) },
            "negative months" => valid with { Cadence = new Cadence(-1, 0) },
            "a fortnight" => valid with { Cadence = new Cadence(0, 14) },
            "an internal partnership across organizations" => valid with { Kind = RelationshipKind.Internal },
            "peers in one organization" => valid with { Members = ValueArray.Create(_ann, _bo with { Organization = "a" }) },
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };
    }

    private static Relationship Hours(Relationship valid, int start, int end) =>
        valid with { Members = ValueArray.Create(_ann with { WorkdayStartHour = start, WorkdayEndHour = end }, _bo) };

    private static ValueArray<RelationshipMember> Many(int count) =>
        ValueArray.Create(Enumerable.Range(1, count).Select(i => new RelationshipMember($"m{i}", $"M{i}", $"Org{i}")).ToArray());
}
