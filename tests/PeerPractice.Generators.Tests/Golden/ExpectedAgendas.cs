using PeerPractice.Agendas;

namespace PeerPractice.Generators.Tests.Golden;

/// <summary>
/// The agendas that ship, written out as literal models: an oracle that shares no code with the parser
/// (the generator and <see cref="AgendaLoader"/> compile the same one, so comparing them cannot catch a
/// parser bug). Each value is copied from the JSON file; a change to a shipped agenda changes it here too.
/// </summary>
internal static class ExpectedAgendas
{
    /// <summary>The expected model of each shipped agenda, by file name.</summary>
    public static IReadOnlyDictionary<string, Func<AgendaDefinition>> ByFileName { get; } = new Dictionary<string, Func<AgendaDefinition>>(StringComparer.Ordinal)
    {
        ["cio-breakfast.agenda.json"] = CioBreakfast,
        ["first-coffee.agenda.json"] = FirstCoffee,
        ["follow-up-call.agenda.json"] = FollowUpCall,
        ["internal-partnership.agenda.json"] = InternalPartnership,
        ["peer-brainstorm.agenda.json"] = PeerBrainstorm,
        ["quarterly-deep-dive.agenda.json"] = QuarterlyDeepDive,
        ["quick-check-in.agenda.json"] = QuickCheckIn,
        ["site-visit-day.agenda.json"] = SiteVisitDay,
    };

    public static AgendaDefinition QuickCheckIn() => new(
        "quick-check-in",
        "Quick check-in",
        "A fifteen-minute call between two peers between regular meetings.",
        AgendaFormat.Pair,
        new ParticipantRule(2, 2, []),
        new TimeSpan(0, 15, 0),
        null,
        [
            new Agreement("confidentiality", "What we discuss stays between us."),
        ],
        RotationPolicy.Alternate,
        [
            new AgendaSection("check-in", "Check-in", [
                new AgendaItem("biggest-problem", "What is your biggest problem right now?", TurnPolicy.Each, new TimeSpan(0, 4, 0), new ResponsePhase(ResponseKind.Perspective, new TimeSpan(0, 2, 0)), ""),
                new AgendaItem("next-step", "What will you do about it before we next meet?", TurnPolicy.Each, new TimeSpan(0, 1, 0), null, ""),
            ]),
        ],
        new ClosingRule(true, true));

    public static AgendaDefinition CioBreakfast() => new(
        "cio-breakfast",
        "CIO breakfast roundtable",
        "A small, informal breakfast for CIOs with similar backgrounds: two hours round the table on shared challenges, with no sales pitch and no fixing, just peers who know what you mean.",
        AgendaFormat.Group,
        new ParticipantRule(4, 8, []),
        new TimeSpan(2, 0, 0),
        new Cadence(1, 0),
        [
            new Agreement("confidentiality", "What is said at this table stays at this table."),
            new Agreement("no-selling", "Nobody here is selling anything."),
            new Agreement("no-fixing", "We listen and share experience; we do not try to fix each other's problems on the spot."),
        ],
        RotationPolicy.RoundRobin,
        [
            new AgendaSection("round-the-table", "Round the table", [
                new AgendaItem("introductions", "Who are you, where do you work, and what is on your mind this morning?", TurnPolicy.Each, new TimeSpan(0, 2, 0), null, ""),
                new AgendaItem("joys-and-misery", "The day-to-day joys and misery of being a CIO: what has been a high and a low lately?", TurnPolicy.Each, new TimeSpan(0, 3, 0), new ResponsePhase(ResponseKind.Perspective, new TimeSpan(0, 1, 0)), "The point is empathy: the look that says \"yeah, I know what you mean\"."),
            ]),
            new AgendaSection("topics", "Topics", [
                new AgendaItem("business-alignment", "Business alignment: how are you keeping IT aligned with where the business is going?", TurnPolicy.Open, new TimeSpan(0, 10, 0), null, ""),
                new AgendaItem("mobile-technology", "Mobile technology: Apple, Android and enterprise access. What are you allowing, and how?", TurnPolicy.Open, new TimeSpan(0, 10, 0), null, ""),
                new AgendaItem("security", "Security: what worries you most right now?", TurnPolicy.Open, new TimeSpan(0, 10, 0), null, ""),
                new AgendaItem("social-networking", "Social networking: how are your people and customers using it, and what is IT's part?", TurnPolicy.Open, new TimeSpan(0, 8, 0), null, ""),
                new AgendaItem("fostering-innovation", "Fostering innovation: what have you tried that worked, and what did not?", TurnPolicy.Open, new TimeSpan(0, 10, 0), null, ""),
                new AgendaItem("it-as-profit-center", "IT as a profit center: is it a real idea in your organization, or a slogan?", TurnPolicy.Open, new TimeSpan(0, 8, 0), null, ""),
            ]),
            new AgendaSection("wrap-up", "Wrap-up", [
                new AgendaItem("one-takeaway", "One thing you will take back to the office.", TurnPolicy.Each, new TimeSpan(0, 1, 0), null, ""),
            ]),
        ],
        new ClosingRule(false, true));

    public static AgendaDefinition FirstCoffee() => new(
        "first-coffee",
        "First coffee",
        "An informal first coffee or lunch between two IT leaders in similar roles at different organizations: get to know each other, find common ground, and decide whether to meet regularly.",
        AgendaFormat.Pair,
        new ParticipantRule(2, 2, []),
        new TimeSpan(1, 0, 0),
        null,
        [
            new Agreement("confidentiality", "What we discuss stays between the two of us."),
        ],
        RotationPolicy.Alternate,
        [
            new AgendaSection("introductions", "Getting to know each other", [
                new AgendaItem("role-and-organization", "Tell me about your role and your organization: what does your week look like?", TurnPolicy.Each, new TimeSpan(0, 6, 0), new ResponsePhase(ResponseKind.Questions, new TimeSpan(0, 2, 0)), ""),
                new AgendaItem("path-so-far", "How did you get to where you are?", TurnPolicy.Each, new TimeSpan(0, 4, 0), null, ""),
            ]),
            new AgendaSection("common-ground", "Common ground", [
                new AgendaItem("current-challenge", "What is one challenge on your plate right now?", TurnPolicy.Each, new TimeSpan(0, 5, 0), new ResponsePhase(ResponseKind.Perspective, new TimeSpan(0, 2, 0)), "Listen for the \"yeah, I know what you mean\" moments: shared concerns are what make a peer worth meeting again."),
                new AgendaItem("done-well", "What is something your team has done well that others could learn from?", TurnPolicy.Each, new TimeSpan(0, 4, 0), null, ""),
            ]),
            new AgendaSection("next-steps", "Shall we meet again?", [
                new AgendaItem("meet-regularly", "Was this worth our time? Shall we meet regularly: coffee or lunch once a month, or two to three hours in each other's offices once a quarter?", TurnPolicy.Open, new TimeSpan(0, 8, 0), null, "It may take a couple of coffees before you decide. If you do go on, agree to keep what you discuss between the two of you."),
            ]),
        ],
        new ClosingRule(false, true));

    public static AgendaDefinition FollowUpCall() => new(
        "follow-up-call",
        "Follow-up call",
        "A short call between meetings or after a visit: review the action items each of you took on last time, share what has changed, and agree what comes next.",
        AgendaFormat.Pair,
        new ParticipantRule(2, 2, []),
        new TimeSpan(0, 30, 0),
        null,
        [
            new Agreement("confidentiality", "What we discuss stays between the two of us."),
        ],
        RotationPolicy.Alternate,
        [
            new AgendaSection("action-items", "Action items since last time", [
                new AgendaItem("action-item-review", "Which of your action items from last time are done, which are not, and why?", TurnPolicy.Each, new TimeSpan(0, 5, 0), new ResponsePhase(ResponseKind.Perspective, new TimeSpan(0, 2, 0)), "Peer-level accountability: be honest about what slipped; the listener helps, not judges."),
            ]),
            new AgendaSection("progress", "Progress", [
                new AgendaItem("what-changed", "What has changed since we last met?", TurnPolicy.Each, new TimeSpan(0, 3, 0), null, ""),
                new AgendaItem("next-actions", "What will each of us do before we next meet?", TurnPolicy.Open, new TimeSpan(0, 5, 0), null, ""),
            ]),
        ],
        new ClosingRule(true, true));

    public static AgendaDefinition InternalPartnership() => new(
        "internal-partnership",
        "Internal partnership: CIO and business executive",
        "A CIO invests time in a business peer's initiative inside the same organization (a CFO, COO, CMO, CHRO...): the initiative, the digital capability it needs, the strategic outcome it serves, and what each will do before next time.",
        AgendaFormat.Pair,
        new ParticipantRule(2, 2, []),
        new TimeSpan(1, 0, 0),
        new Cadence(1, 0),
        [
            new Agreement("candor", "We are honest about whether the initiative still serves the outcome, including when it should pivot or stop."),
        ],
        RotationPolicy.Fixed,
        [
            new AgendaSection("initiative", "The initiative", [
                new AgendaItem("their-initiative", "What is the initiative, where does it stand, and what has changed since last time?", TurnPolicy.Open, new TimeSpan(0, 10, 0), null, "The business executive leads; the CIO listens for the business problem before the technology."),
                new AgendaItem("digital-capability", "Which digital capability does it need, and what do you each understand about it today?", TurnPolicy.Each, new TimeSpan(0, 6, 0), new ResponsePhase(ResponseKind.Questions, new TimeSpan(0, 3, 0)), ""),
            ]),
            new AgendaSection("outcome", "The strategic outcome", [
                new AgendaItem("strategic-outcome", "Which strategic outcome does it serve, how will you both know it is working, and should it pivot or stop?", TurnPolicy.Open, new TimeSpan(0, 10, 0), null, ""),
            ]),
            new AgendaSection("commitments", "What each will do", [
                new AgendaItem("what-each-will-do", "What will you do before next time, and what do you need from the other?", TurnPolicy.Each, new TimeSpan(0, 4, 0), new ResponsePhase(ResponseKind.Suggestions, new TimeSpan(0, 2, 0)), ""),
            ]),
        ],
        new ClosingRule(true, true))
    {
        Opener = OpenerRule.QuieterFirst,
    };

    public static AgendaDefinition PeerBrainstorm() => new(
        "peer-brainstorm",
        "Monthly peer brainstorm",
        "The regular one-to-one between two peers at different organizations: each answers the seven questions in turn while the other listens, then offers perspective and suggestions.",
        AgendaFormat.Pair,
        new ParticipantRule(2, 2, []),
        new TimeSpan(1, 45, 0),
        new Cadence(1, 0),
        [
            new Agreement("confidentiality", "What we discuss stays between the two of us."),
            new Agreement("candor", "We speak candidly and listen thoughtfully, without selling or fixing."),
        ],
        RotationPolicy.Alternate,
        [
            new AgendaSection("problem", "Biggest problem", [
                new AgendaItem("biggest-problem", "What is your biggest problem right now?", TurnPolicy.Each, new TimeSpan(0, 5, 0), new ResponsePhase(ResponseKind.Perspective, new TimeSpan(0, 3, 0)), ""),
                new AgendaItem("why-problem-matters", "Why is this problem important?", TurnPolicy.Each, new TimeSpan(0, 3, 0), new ResponsePhase(ResponseKind.Perspective, new TimeSpan(0, 2, 0)), ""),
                new AgendaItem("problem-actions", "What is being done to address this problem?", TurnPolicy.Each, new TimeSpan(0, 4, 0), new ResponsePhase(ResponseKind.Suggestions, new TimeSpan(0, 3, 0)), ""),
            ]),
            new AgendaSection("opportunity", "Biggest opportunity", [
                new AgendaItem("biggest-opportunity", "What is your biggest opportunity right now?", TurnPolicy.Each, new TimeSpan(0, 5, 0), new ResponsePhase(ResponseKind.Perspective, new TimeSpan(0, 3, 0)), ""),
                new AgendaItem("why-opportunity-matters", "Why is this opportunity valuable?", TurnPolicy.Each, new TimeSpan(0, 3, 0), new ResponsePhase(ResponseKind.Perspective, new TimeSpan(0, 2, 0)), ""),
                new AgendaItem("opportunity-actions", "What is being done to take advantage of this opportunity?", TurnPolicy.Each, new TimeSpan(0, 4, 0), new ResponsePhase(ResponseKind.Suggestions, new TimeSpan(0, 3, 0)), ""),
            ]),
            new AgendaSection("nifty", "Something nifty", [
                new AgendaItem("something-nifty", "Are you working on anything interesting or nifty right now? Tell me a bit about it and why you find it interesting.", TurnPolicy.Each, new TimeSpan(0, 3, 0), new ResponsePhase(ResponseKind.Questions, new TimeSpan(0, 2, 0)), ""),
            ]),
        ],
        new ClosingRule(true, true))
    {
        Opener = OpenerRule.QuieterFirst,
    };

    public static AgendaDefinition QuarterlyDeepDive() => new(
        "quarterly-deep-dive",
        "Quarterly deep dive",
        "Two to three hours once a quarter in one peer's office, taking turns as host: a host-led walk-through of their organization, then an unhurried brainstorm on each other's biggest problem and opportunity.",
        AgendaFormat.Pair,
        new ParticipantRule(2, 2, [
            new ParticipantRole("host", "Welcomes the peer to their office and leads the walk-through."),
            new ParticipantRole("visitor", "Comes to the host's office, observes and asks questions; hosts next time."),
        ]),
        new TimeSpan(2, 30, 0),
        new Cadence(3, 0),
        [
            new Agreement("confidentiality", "What we see and discuss stays between the two of us."),
            new Agreement("candor", "We show the real state of things, failures included, not a polished presentation."),
        ],
        RotationPolicy.Alternate,
        [
            new AgendaSection("arrival", "Arrival and catch-up", [
                new AgendaItem("catch-up", "What has changed for each of us since last quarter?", TurnPolicy.Open, new TimeSpan(0, 15, 0), null, ""),
            ]),
            new AgendaSection("walk-through", "Host-led walk-through", [
                new AgendaItem("host-walk-through", "Walk your peer through your organization: the teams, the systems and one initiative you are in the middle of.", TurnPolicy.ForRole("host"), new TimeSpan(0, 30, 0), new ResponsePhase(ResponseKind.Questions, new TimeSpan(0, 10, 0)), "Show the people and processes as well as the technology; the visitor asks why things are the way they are."),
            ]),
            new AgendaSection("brainstorm", "Brainstorm", [
                new AgendaItem("biggest-problem", "What is your biggest problem this quarter, why does it matter, and what is being done about it?", TurnPolicy.Each, new TimeSpan(0, 10, 0), new ResponsePhase(ResponseKind.Perspective, new TimeSpan(0, 5, 0)), ""),
                new AgendaItem("biggest-opportunity", "What is your biggest opportunity this quarter, why is it valuable, and how will you take advantage of it?", TurnPolicy.Each, new TimeSpan(0, 10, 0), new ResponsePhase(ResponseKind.Suggestions, new TimeSpan(0, 5, 0)), ""),
            ]),
            new AgendaSection("accountability", "Peer accountability", [
                new AgendaItem("commitments-review", "What did you commit to last quarter, and how did it go?", TurnPolicy.Each, new TimeSpan(0, 5, 0), null, ""),
                new AgendaItem("takeaways", "What will each of us take away and do before next quarter? Who hosts next time?", TurnPolicy.Open, new TimeSpan(0, 10, 0), null, ""),
            ]),
        ],
        new ClosingRule(true, true));

    public static AgendaDefinition SiteVisitDay() => new(
        "site-visit-day",
        "Site-visit day",
        "A structured day at a peer organization: the visitors state their objectives, the host shows the people, processes and culture behind their IT, and both sides discuss challenges and failures as openly as successes, ending with an invitation to a reciprocal visit.",
        AgendaFormat.Visit,
        new ParticipantRule(2, 10, [
            new ParticipantRole("host", "The organization being visited: leads the tour and answers for its practices."),
            new ParticipantRole("visitor", "The visiting IT leader and a small, focused team with clear objectives."),
        ]),
        new TimeSpan(6, 30, 0),
        null,
        [
            new Agreement("confidentiality", "What we see and hear today is not shared outside our organizations without the host's consent."),
            new Agreement("safe-space", "We talk about challenges and failures as openly as successes, and we do not point fingers."),
            new Agreement("collaboration", "We are here to learn from each other, not to compete."),
        ],
        RotationPolicy.Fixed,
        [
            new AgendaSection("welcome", "Welcome and objectives", [
                new AgendaItem("visit-objectives", "What specific questions do you want answered today, and what challenges are you hoping to gain insight into?", TurnPolicy.ForRole("visitor"), new TimeSpan(0, 15, 0), null, ""),
                new AgendaItem("tour", "Show the visitors around: the teams, the operations and the technology in action.", TurnPolicy.ForRole("host"), new TimeSpan(0, 45, 0), new ResponsePhase(ResponseKind.Questions, new TimeSpan(0, 15, 0)), "Go beyond the demo: give access to key people and their candid view of the challenges."),
            ]),
            new AgendaSection("topic-areas", "Topic areas", [
                new AgendaItem("workforce-and-talent", "Workforce and talent: how do you hire, train and keep your people?", TurnPolicy.ForRole("host"), new TimeSpan(0, 20, 0), new ResponsePhase(ResponseKind.Questions, new TimeSpan(0, 10, 0)), "Hiring strategies, training programs and retention tactics."),
                new AgendaItem("service-management", "Service management: how do you run incidents, changes and day-to-day service?", TurnPolicy.ForRole("host"), new TimeSpan(0, 20, 0), new ResponsePhase(ResponseKind.Questions, new TimeSpan(0, 10, 0)), "ITIL practices, incident response and change management processes."),
                new AgendaItem("customer-experience", "Customer experience: how does IT contribute to overall customer satisfaction?", TurnPolicy.ForRole("host"), new TimeSpan(0, 20, 0), new ResponsePhase(ResponseKind.Questions, new TimeSpan(0, 10, 0)), ""),
                new AgendaItem("roi-measurement", "ROI measurement: how are IT investments tracked and justified?", TurnPolicy.ForRole("host"), new TimeSpan(0, 20, 0), new ResponsePhase(ResponseKind.Questions, new TimeSpan(0, 10, 0)), ""),
                new AgendaItem("cybersecurity", "Cybersecurity: how do you approach identity, zero trust and operational resilience?", TurnPolicy.ForRole("host"), new TimeSpan(0, 20, 0), new ResponsePhase(ResponseKind.Questions, new TimeSpan(0, 10, 0)), "Identity management, zero trust architecture and operational resilience."),
                new AgendaItem("cultural-dynamics", "Cultural dynamics: how are accountability, resistance to change and collaboration handled here?", TurnPolicy.ForRole("host"), new TimeSpan(0, 20, 0), new ResponsePhase(ResponseKind.Questions, new TimeSpan(0, 10, 0)), "Accountability structures, leadership's approach to resistance, and interaction strategies."),
                new AgendaItem("ai-integration", "AI integration: how literate is the organization, how is AI governed, and how has it changed the work?", TurnPolicy.ForRole("host"), new TimeSpan(0, 20, 0), new ResponsePhase(ResponseKind.Questions, new TimeSpan(0, 10, 0)), "Literacy levels, governance frameworks and impact on workflows."),
            ]),
            new AgendaSection("lessons", "Challenges and lessons", [
                new AgendaItem("failures-and-lessons", "What did not work, and what did you learn from it?", TurnPolicy.Open, new TimeSpan(0, 30, 0), null, "Probe beyond the surface: ask why decisions were made and what impact they had."),
            ]),
            new AgendaSection("reciprocity", "Reciprocity and wrap-up", [
                new AgendaItem("reciprocal-visit", "When can we host you in return, and what would you like to see?", TurnPolicy.Open, new TimeSpan(0, 15, 0), null, ""),
                new AgendaItem("takeaways", "What is the most valuable thing you learned today, and what will you do with it?", TurnPolicy.Each, new TimeSpan(0, 3, 0), null, ""),
            ]),
        ],
        new ClosingRule(true, true));
}
