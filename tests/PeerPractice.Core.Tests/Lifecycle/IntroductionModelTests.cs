using PeerPractice.Matching;
using PeerPractice.Sessions;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Lifecycle;

/// <summary>
/// The introduction record and the rules every store shares: who the other side is, each side's answer, when a
/// decline happened, what a new introduction must satisfy, the declines history learns in order, and the
/// relationship member a profile becomes (its zone checked against the system's time zone database).
/// </summary>
public sealed class IntroductionModelTests
{
    private static readonly DateTimeOffset _made = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Introduction Intro(string id = "intro-1", string a = "ana", string b = "ben") =>
        new(id, a, b, IntroductionSource.Round, _made, _made.AddDays(14));

    [Fact]
    public void The_other_side_and_each_answer_belong_to_the_side_asked_about()
    {
        var yes = new IntroductionAnswer(true, _made.AddDays(1));
        var no = new IntroductionAnswer(false, _made.AddDays(2));
        var intro = Intro() with { AnswerOfA = yes, AnswerOfB = no };

        Assert.Equal("ben", intro.OtherOf("ana"));
        Assert.Equal("ana", intro.OtherOf("ben"));
        var error = Assert.Throws<ArgumentException>(() => intro.OtherOf("cy"));
        Assert.Equal("memberId", error.ParamName);
        Assert.StartsWith("'cy' is not part of introduction 'intro-1'.", error.Message, StringComparison.Ordinal);

        Assert.Same(yes, intro.AnswerOf("ana"));
        Assert.Same(no, intro.AnswerOf("ben"));
        Assert.Null(intro.AnswerOf("cy"));
        Assert.Null(Intro().AnswerOf("ben"));
    }

    [Fact]
    public void A_decline_is_dated_by_the_first_side_to_decline()
    {
        DateTimeOffset early = _made.AddDays(1), late = _made.AddDays(3);
        Assert.Null(Intro().DeclinedAt);
        Assert.Null((Intro() with { AnswerOfA = new(true, early), AnswerOfB = new(true, late) }).DeclinedAt);
        Assert.Equal(early, (Intro() with { AnswerOfA = new(false, early) }).DeclinedAt);
        Assert.Equal(late, (Intro() with { AnswerOfA = new(true, early), AnswerOfB = new(false, late) }).DeclinedAt);
        Assert.Equal(early, (Intro() with { AnswerOfA = new(false, late), AnswerOfB = new(false, early) }).DeclinedAt);
        Assert.Equal(early, (Intro() with { AnswerOfA = new(false, early), AnswerOfB = new(false, late) }).DeclinedAt);
        Assert.Equal(early, (Intro() with { AnswerOfA = new(false, early), AnswerOfB = new(false, early) }).DeclinedAt);
    }

    public static TheoryData<Introduction, string> BadNew => new()
    {
        { Intro(id: " "), "An introduction needs an id." },
        { Intro(a: " "), "An introduction needs two different members; 'intro-1' names ' ' and 'ben'." },
        { Intro(b: ""), "An introduction needs two different members; 'intro-1' names 'ana' and ''." },
        { Intro(b: "ana"), "An introduction needs two different members; 'intro-1' names 'ana' and 'ana'." },
        { Intro() with { ExpiresAt = _made }, "Introduction 'intro-1' expires before it is made." },
        { Intro() with { ExpiresAt = _made.AddTicks(-1) }, "Introduction 'intro-1' expires before it is made." },
    };

    [Theory]
    [MemberData(nameof(BadNew))]
    public void A_new_introduction_breaking_a_rule_is_refused_with_the_rule(Introduction introduction, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => IntroductionRules.CheckNew(introduction));
        Assert.Equal("introduction", error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_well_formed_introduction_passes_and_one_tick_of_life_is_enough()
    {
        IntroductionRules.CheckNew(Intro());
        IntroductionRules.CheckNew(Intro() with { ExpiresAt = _made.AddTicks(1) });
    }

    [Fact]
    public void History_learns_each_decline_once_oldest_first_ids_ordered_and_dated_in_utc()
    {
        // Declined at 23:30 in UTC-5 is the next day in UTC; ties on the date are broken by the introduction id.
        var at = new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.FromHours(-5));
        Introduction[] introductions =
        [
            Intro("intro-c", "zoe", "amy") with { AnswerOfB = new(false, at) },
            Intro("intro-b", "ben", "ana") with { AnswerOfA = new(false, at) },
            Intro("intro-a", "cy", "dee") with { AnswerOfA = new(true, at), AnswerOfB = new(true, at) },
            Intro("intro-d", "eve", "fay") with { AnswerOfA = new(false, at.AddDays(-3)) },
            Intro("intro-e", "gil", "hal"),
        ];

        var records = IntroductionRules.DeclinedPairs(introductions).ToList();

        Assert.Equal(
            [
                new PairingRecord("eve", "fay", new DateOnly(2026, 11, 28), PairingOutcome.Declined),
                new PairingRecord("ana", "ben", new DateOnly(2026, 12, 1), PairingOutcome.Declined),
                new PairingRecord("amy", "zoe", new DateOnly(2026, 12, 1), PairingOutcome.Declined),
            ],
            records);
    }

    [Fact]
    public void Store_refusals_say_what_happened_and_what_to_do()
    {
        var taken = IntroductionRules.AlreadyExists("intro-7");
        Assert.Equal((StoreErrorKind.AlreadyExists, "Introduction 'intro-7' already exists. Choose another id."), (taken.Kind, taken.Message));
        var missing = IntroductionRules.NotFound("intro-7");
        Assert.Equal((StoreErrorKind.NotFound, "No introduction 'intro-7'. List them with 'intro list'."), (missing.Kind, missing.Message));
    }

    [Fact]
    public void Each_side_reads_the_reasons_written_for_them()
    {
        var intro = Intro() with { ReasonsForA = ["for ana"], ReasonsForB = ["for ben"] };
        var (ana, ben) = (Make("ana", "Acme"), Make("ben", "Globex"));
        Assert.Equal(["for ana"], new IntroductionLetter(intro, ana, ben).Reasons);
        Assert.Equal(["for ben"], new IntroductionLetter(intro, ben, ana).Reasons);
    }

    public static TheoryData<int, string> Offsets => new()
    {
        { 0, "UTC" },
        { 60, "Etc/GMT-1" },
        { -300, "Etc/GMT+5" },
        { 600, "Etc/GMT-10" },
        { -720, "Etc/GMT+12" },
        { 840, "Etc/GMT-14" },
        { 330, "UTC" },   // half hours have no Etc/GMT zone
        { -30, "UTC" },
        { 30, "UTC" },
    };

    [Theory]
    [MemberData(nameof(Offsets))]
    public void A_whole_hour_offset_becomes_the_etc_gmt_zone_with_that_offset(int minutes, string zone)
    {
        var member = IntroductionDesk.Member(Make("ana", "Acme") with { UtcOffsetMinutes = minutes });
        Assert.Equal(zone, member.TimeZoneId);
        if (minutes % 60 == 0)
        {
            // The POSIX sign is inverted; the system's zone database is the judge.
            Assert.Equal(TimeSpan.FromMinutes(minutes), TimeZoneInfo.FindSystemTimeZoneById(zone).BaseUtcOffset);
        }
    }

    [Theory]
    [InlineData(8, 18, 8, 18)]
    [InlineData(-2, 30, 0, 24)]
    [InlineData(23, 24, 23, 24)]
    [InlineData(30, 5, 23, 24)]
    [InlineData(10, 10, 10, 11)]
    [InlineData(0, 1, 0, 1)]
    public void Available_hours_become_a_workday_of_at_least_one_hour_within_the_day(int from, int to, int start, int end)
    {
        var profile = Make("ana", "Acme") with { Name = "Ana Ruiz", Title = "CIO", AvailableFromHour = from, AvailableToHour = to };
        var member = IntroductionDesk.Member(profile);
        Assert.Equal(new RelationshipMember("ana", "Ana Ruiz", "Acme") { Role = "CIO", TimeZoneId = "UTC", WorkdayStartHour = start, WorkdayEndHour = end }, member);
    }
}
