using System;
using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Documents;
using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Visits;

namespace PeerPractice.Samples;

/// <summary>
/// A fictional visit, agenda and session, complete enough to exercise every field a template can
/// use: for previews, for <see cref="TemplateChecker"/> trying override templates, and for demos.
/// Every sample carries a private note, so a template that leaks one is caught wherever it is tried.
/// </summary>
public static class SampleDocuments
{
    private static readonly DateTimeOffset _visitStart = new(2026, 12, 8, 9, 0, 0, TimeSpan.FromHours(1));

    /// <summary>The visiting team.</summary>
    public static ValueArray<Participant> Team { get; } =
    [
        new("ana", "Ana Moreno", "CIO"),
        new("ben", "Ben Okafor", "Head of service management"),
        new("chloe", "Chloe Lindqvist", "Security architect"),
    ];

    /// <summary>The host's key personnel.</summary>
    public static ValueArray<Participant> Hosts { get; } =
    [
        new("dev", "Dev Raman", "CIO"),
        new("erin", "Erin Walsh", "Service desk lead"),
        new("femi", "Femi Adeyemi", "CISO"),
    ];

    /// <summary>The text of the private note in every sample; it must never appear in a document.</summary>
    public const string PrivateNoteText = "PRIVATE: our budget is being cut by a third next year";

    /// <summary>A site visit from a regional hospital group to a peer with a strong service desk.</summary>
    public static VisitPlan VisitPlan { get; } = new(
        Id: "northwind-visits-contoso",
        Title: "Site visit: Northwind Health at Contoso Care",
        VisitorOrganization: "Northwind Health",
        HostOrganization: "Contoso Care",
        Start: _visitStart,
        TimeZoneId: "Europe/Vienna",
        Location: "Contoso Care, 1 Harbour Street, Vienna",
        Objectives:
        [
            new("How did you cut major incidents by half in two years?", "Our incident volume keeps rising."),
            new("How do you govern AI use in clinical support tools?", "We have no AI policy yet."),
        ],
        Targets:
        [
            new("Contoso Care", 91, ["Service management", "Cybersecurity"], ["dev", "femi"], ["Service desk rated best in the region", "Zero trust rollout finished in 2025"]),
            new("Fabrikam Clinics", 74, ["AI integration"], [], ["Strong AI governance board"]),
        ],
        Slots:
        [
            new(TimeSpan.Zero, TimeSpan.FromMinutes(30), "Welcome and objectives", null, [Hosts[0]], TimeSpan.FromMinutes(5)),
            new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60), "Service desk and incident response", "service-management", [Hosts[1]], TimeSpan.FromMinutes(15)),
            new(TimeSpan.FromMinutes(90), TimeSpan.FromMinutes(60), "Zero trust in practice", "cybersecurity", [Hosts[2]], TimeSpan.FromMinutes(15)),
            new(TimeSpan.FromMinutes(150), TimeSpan.FromMinutes(45), "AI governance", "ai-integration", [Hosts[0], Hosts[2]], TimeSpan.FromMinutes(10)),
        ],
        Team: Team,
        Questionnaire: new(new DateOnly(2026, 11, 24), ["Which of your practices would you most like feedback on?", "Who should we meet, and who would you like to meet from our side?"]),
        Debrief: new(["Weekly problem review with the service desk"], ["Approving standard changes one by one"], ["Our on-call rota"], "Contoso's incident drop came from problem management, not tooling."),
        FollowUp: new(
            [new("Problem management that sticks", "https://example.org/problem-management")],
            [new(_visitStart.AddMonths(1), "Progress on the problem review")]),
        Notes:
        [
            new("ben", "Contoso reviews every repeat incident weekly with the desk.", NoteVisibility.Shareable, _visitStart.AddMinutes(50), null),
            new("ana", PrivateNoteText, NoteVisibility.Private, _visitStart.AddMinutes(20), null),
        ],
        ReciprocalOf: null);

    /// <summary>The sample visit and Contoso's return visit to Northwind.</summary>
    public static VisitPair VisitPair { get; } = VisitPair.Draft(VisitPlan, new DateTimeOffset(2027, 3, 9, 10, 0, 0, TimeSpan.Zero), "Europe/London", "Northwind Health, 20 Mill Lane, London");

    /// <summary>The peer-brainstorm agenda from the first seed, built in code.</summary>
    public static AgendaDefinition Agenda { get; } = new(
        Id: "peer-brainstorm",
        Title: "Peer brainstorm",
        Summary: "One-to-one between two peers in similar roles at different organizations.",
        Format: AgendaFormat.Pair,
        Participants: new ParticipantRule(2, 2, []),
        Duration: TimeSpan.FromMinutes(90),
        Cadence: Cadence.Monthly,
        Agreements: [new("confidentiality", "What we discuss stays between us.")],
        Rotation: RotationPolicy.Alternate,
        Sections:
        [
            new("problem", "Biggest problem",
            [
                new("biggest-problem", "What is your biggest problem right now?", TurnPolicy.Each, TimeSpan.FromMinutes(5), new ResponsePhase(ResponseKind.Perspective, TimeSpan.FromMinutes(3)), "Listen first; perspective, not fixes."),
                new("why-it-matters", "Why is this problem important?", TurnPolicy.Each, TimeSpan.FromMinutes(3), null, string.Empty),
                new("whats-being-done", "What is being done to address it?", TurnPolicy.Each, TimeSpan.FromMinutes(4), new ResponsePhase(ResponseKind.Suggestions, TimeSpan.FromMinutes(3)), string.Empty),
            ]),
            new("opportunity", "Biggest opportunity",
            [
                new("biggest-opportunity", "What is your biggest opportunity right now?", TurnPolicy.Each, TimeSpan.FromMinutes(5), new ResponsePhase(ResponseKind.Questions, TimeSpan.FromMinutes(3)), string.Empty),
                new("open-floor", "Anything else on your mind?", TurnPolicy.Open, TimeSpan.FromMinutes(10), null, string.Empty),
            ]),
        ],
        Closing: new ClosingRule(ActionItems: true, ScheduleNext: true));

    /// <summary>A finished peer brainstorm between two CIOs.</summary>
    public static SessionRecord Session { get; } = new(Agenda, [new("ana", "Ana Moreno", null), new("dev", "Dev Raman", null)], _visitStart, _visitStart.AddMinutes(85))
    {
        Notes =
        [
            new("dev", "Try a weekly repeat-incident review before buying new tooling.", NoteVisibility.Shareable, _visitStart.AddMinutes(14), "whats-being-done"),
            new("ana", PrivateNoteText, NoteVisibility.Private, _visitStart.AddMinutes(9), "biggest-problem"),
        ],
        ActionItems =
        [
            new("ana", "Pilot a repeat-incident review with the service desk", new DateOnly(2027, 1, 15), "whats-being-done"),
            new("dev", "Send our AI use policy across", null, "biggest-opportunity"),
        ],
        NextMeeting = _visitStart.AddMonths(1),
    };

    /// <summary>A breakfast for three of the default members, on two topics from the built-in catalog.</summary>
    public static Breakfasts.BreakfastEvent Breakfast { get; } = new(
        "breakfast-2027-03", "CIO breakfast: AI in operations", _visitStart.AddMonths(3), TimeSpan.FromHours(2), "Europe/Paris", "Café Lumière, Paris",
        ValueArray.Create("ai-integration", "cybersecurity"),
        ValueArray.Create(DefaultMembers.All[0].Id, DefaultMembers.All[1].Id, DefaultMembers.All[2].Id));

    /// <summary>The message to one side of an introduction: Ana is introduced to Dev (Dev's do-not-pair list must never show).</summary>
    public static IntroductionLetter Introduction { get; } = new(
        new Introduction("intro-ana-dev-202612010900", "ana", "dev", IntroductionSource.Round, _visitStart.AddDays(-7), _visitStart.AddDays(7))
        {
            ReasonsForA = ["You both face cybersecurity and AI integration.", "Dev is strong in service management, which you are working on."],
            ReasonsForB = ["You both face cybersecurity and AI integration."],
        },
        new MemberProfile { Id = "ana", Name = "Ana Moreno", Organization = "Northwind Health", Title = "CIO", Industry = "healthcare", Metro = "Madrid" },
        new MemberProfile { Id = "dev", Name = "Dev Raman", Organization = "Contoso Logistics", Title = "CIO", Industry = "logistics", Metro = "London", DoNotPair = ["zoe-confidential"] });

    /// <summary>All of the above, as the data templates are previewed and checked with (<see cref="TemplateChecker"/>).</summary>
    /// <remarks>Last in the class: static initializers run in order, and this one reads the samples above.</remarks>
    public static TemplateSamples ForTemplates { get; } = new(VisitPlan, VisitPair, Agenda, Session)
    {
        Introduction = Introduction,
        Breakfast = Breakfast,
        BreakfastInvitees = [.. DefaultMembers.All.AsSpan()[..3]],
    };
}
