using PeerPractice.Agendas;
using PeerPractice.Core.Tests.Problems;
using PeerPractice.Sessions;

namespace PeerPractice.Core.Tests.Lifecycle;

/// <summary>
/// What a relationships file's author reads: every problem's id, whole message, span and JSON path, exactly
/// one problem per mistake (a broken field never also yields a rule problem), and the values a valid file gives.
/// Files are written on one line with ' for ", so columns are easy to count.
/// </summary>
public sealed class RelationshipFileMessageTests
{
    private const string A = "{'id':'a','name':'Ann','organization':'A'}";
    private const string B = "{'id':'b','name':'Bo','organization':'B'}";

    // Both members in one organization: a peer relationship that would break a rule if it got that far.
    private const string SameOrg = "{'id':'b','name':'Bo','organization':'A'}";

    public static TheoryData<string, string> Files => new()
    {
        { "[1]", "PPR002 1:1-1:4 $ The document is an array. A relationships file is one object: { \"relationships\": [ ... ] }." },
        { "{'$schema':1,'relationships':[]}", "PPR002 1:12-1:13 $.$schema \"$schema\" is the number 1; write text in double quotes." },
        { "{'relationships':[],'extra':1}", "PPR003 1:21-1:28 $.extra Unknown property \"extra\"; it would be ignored. Fix its spelling or delete it (expected \"$schema\" or \"relationships\")." },
        { "{}", "PPR004 1:1-1:2 $.relationships Missing \"relationships\": add an array of relationships." },
        { "{'relationships':{'a':1}}", "PPR002 1:18-1:25 $.relationships \"relationships\" is an object. \"relationships\" must be an array of relationship objects." },
        { "{'relationships':[1]}", "PPR002 1:19-1:20 $.relationships[0] The element $.relationships[0] is the number 1. A relationship is an object with id, agenda, started and members." },
        { Rel("'agenda':'first-coffee','started':'2026-01-05','members':[" + A + "," + B + "]"), "PPR004 1:19-1:20 $.relationships[0].id A relationship needs a non-empty \"id\"." },
        { Rel("'id':' ','agenda':'first-coffee','started':'2026-01-05','members':[" + A + "," + B + "]"), "PPR004 1:25-1:28 $.relationships[0].id A relationship needs a non-empty \"id\"." },
        { Rel("'id':'r','started':'2026-01-05','members':[" + A + "," + B + "]"), "PPR004 1:19-1:20 $.relationships[0].agenda A relationship needs an \"agenda\": one of first-coffee, peer-brainstorm, quarterly-deep-dive, cio-breakfast, site-visit-day, follow-up-call, internal-partnership." },
        { Rel("'id':'r','agenda':'first-coffee','members':[" + A + "," + B + "]"), "PPR004 1:19-1:20 $.relationships[0].started A relationship needs \"started\": the day it began, \"yyyy-MM-dd\"." },
        { Rel("'id':'r','agenda':'first-coffee','started':'2026-01-05'"), "PPR004 1:19-1:20 $.relationships[0].members A relationship needs \"members\": two to eight members." },
        { Rel("'id':'r','agenda':'board-dinner','started':'2026-01-05','members':[" + A + "," + SameOrg + "]"), "PPR005 1:38-1:52 $.relationships[0].agenda No built-in agenda \"board-dinner\". Use one of: first-coffee, peer-brainstorm, quarterly-deep-dive, cio-breakfast, site-visit-day, follow-up-call, internal-partnership." },
        { Rel("'id':'r','colour':'red','agenda':'first-coffee','started':'2026-01-05','members':[" + A + "," + B + "]"), "PPR003 1:29-1:37 $.relationships[0].colour Unknown property \"colour\"; it would be ignored. Fix its spelling or delete it (expected id, kind, agenda, cadence, started, inPerson, opener, members)." },
        { Rel("'id':'r','agenda':'first-coffee','started':'2026-01-05','members':{}"), "PPR002 1:86-1:88 $.relationships[0].members \"members\" is an object. \"members\" must be an array of member objects." },
        { Rel("'id':'r','agenda':'first-coffee','started':'2026-01-05','members':[1," + B + "]"), "PPR002 1:87-1:88 $.relationships[0].members[0] The element $.relationships[0].members[0] is the number 1. A member is an object with id, name and organization." },
        { Rel("'id':'r','agenda':'first-coffee','started':'2026-01-05','members':[{}," + B + "]"), "PPR004 1:87-1:88 $.relationships[0].members[0].id A member needs a non-empty \"id\".\nPPR004 1:87-1:88 $.relationships[0].members[0].name A member needs a non-empty \"name\".\nPPR004 1:87-1:88 $.relationships[0].members[0].organization A member needs a non-empty \"organization\"." },
        { Rel("'id':'r','agenda':'first-coffee','started':'2026-01-05','members':[{'id':'a','organization':'A'}," + SameOrg + "]"), "PPR004 1:87-1:88 $.relationships[0].members[0].name A member needs a non-empty \"name\"." },
        { Rel("'id':'r','agenda':'first-coffee','started':'2026-01-05','members':[{'id':'a','name':'Ann','organization':'A','rank':1}," + B + "]"), "PPR003 1:129-1:135 $.relationships[0].members[0].rank Unknown property \"rank\"; it would be ignored. Fix its spelling or delete it (expected id, name, organization, role, timeZone, workdayStart, workdayEnd)." },
        { Rel("'id':'r','agenda':'first-coffee','started':'2026-01-05','members':[{'id':'a','name':'Ann','organization':'A','timeZone':'Mars/Olympus','workdayStart':18,'workdayEnd':16}," + B + "]"), "PPR005 1:140-1:154 $.relationships[0].members[0].timeZone Unknown time zone \"Mars/Olympus\". Use an IANA name such as \"Europe/London\" or \"America/New_York\"." },
        { Rel("'id':'r','agenda':'first-coffee','started':'2026-01-05','members':[{'id':'a','name':'Ann','organization':'A','workdayStart':10,'workdayEnd':10}," + B + "]"), "PPR005 1:87-1:163 $.relationships[0].members[0] The working day ends (10) before it starts (10); \"workdayEnd\" must be later than \"workdayStart\"." },
        { Rel("'id':'r','agenda':'first-coffee','started':'2026-01-05','members':[{'id':'a','name':'Ann','organization':'A','workdayStart':18}," + B + "]"), "PPR005 1:87-1:147 $.relationships[0].members[0] The working day ends (17) before it starts (18); \"workdayEnd\" must be later than \"workdayStart\"." },
        { Rel("'id':'r','agenda':'first-coffee','started':'2026-01-05','members':[{'id':'a','name':'Ann','organization':'A','workdayStart':'x'}," + SameOrg + "]"), "PPR002 1:144-1:147 $.relationships[0].members[0].workdayStart \"workdayStart\" is \"x\"; write a whole number." },
        { Rel("'id':'r','agenda':'first-coffee','started':'2026-01-05','members':[{'id':'a','name':'Ann','organization':'A','workdayStart':-1,'workdayEnd':25}," + B + "]"), "PPR005 1:144-1:146 $.relationships[0].members[0].workdayStart \"workdayStart\" is -1; write an hour from 0 to 23.\nPPR005 1:160-1:162 $.relationships[0].members[0].workdayEnd \"workdayEnd\" is 25; write an hour from 1 to 24." },
        { Rel("'id':'r','agenda':'first-coffee','started':'2026-01-05','members':[{'id':'a','name':'Ann','organization':'A','workdayStart':30,'workdayEnd':5}," + B + "]"), "PPR005 1:144-1:146 $.relationships[0].members[0].workdayStart \"workdayStart\" is 30; write an hour from 0 to 23." },
        { Rel("'id':'r','kind':'bogus','agenda':'first-coffee','started':'2026-01-05','members':[" + A + "," + SameOrg + "]"), "PPR002 1:36-1:43 $.relationships[0].kind \"kind\" is \"bogus\"; write one of peer, internal." },
        { Rel("'id':'r','opener':'loudest','agenda':'first-coffee','started':'2026-01-05','members':[" + A + "," + SameOrg + "]"), "PPR005 1:38-1:47 $.relationships[0].opener \"opener\" is \"loudest\". Use \"given\" or \"quieter-first\"." },
        { Rel("'id':'r','opener':1,'agenda':'first-coffee','started':'2026-01-05','members':[" + A + "," + SameOrg + "]"), "PPR002 1:38-1:39 $.relationships[0].opener \"opener\" is the number 1; write text in double quotes." },
        { Rel("'id':'r','cadence':3,'agenda':'first-coffee','started':'2026-01-05','members':[" + A + "," + SameOrg + "]"), "PPR002 1:39-1:40 $.relationships[0].cadence \"cadence\" is the number 3; write text in double quotes." },
        { Rel("'id':'r','cadence':'P0M','agenda':'first-coffee','started':'2026-01-05','members':[" + A + "," + B + "]"), "PPR005 1:39-1:44 $.relationships[0].cadence \"cadence\" is \"P0M\", not a positive ISO 8601 period. Write P1M (monthly) or P3M (quarterly)." },
        { Rel("'id':'r','inPerson':'yes','agenda':'first-coffee','started':'2026-01-05','members':[" + A + "," + SameOrg + "]"), "PPR002 1:40-1:45 $.relationships[0].inPerson \"inPerson\" is \"yes\"; write true or false." },
        { Rel("'id':'r','agenda':'first-coffee','started':'2026-01-05','members':[" + A + "," + SameOrg + "]"), "PPR007 1:86-1:172 $.relationships[0].members Peer relationship 'r' has two members in one organization; peers come from different organizations (an internal partnership is created as internal)." },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_mistake_is_one_problem_with_its_whole_message_span_and_path(string file, string expected)
    {
        var result = RelationshipsLoader.Parse(file.Replace('\'', '"'), "r.json");

        Assert.False(result.Succeeded);
        Assert.True(result.Value.IsDefaultOrEmpty());
        Assert.All(result.Problems, p => Assert.Equal("r.json", p.Source));
        Assert.Equal(expected, ProblemLines.Of(result.Problems));
    }

    [Fact]
    public void A_valid_file_keeps_what_it_says_and_fills_in_the_defaults()
    {
        var file = Rel("'id':'r','agenda':'first-coffee','cadence':'P2M','opener':'quieter-first','started':'2026-01-05','members':["
            + "{'id':'a','name':'Ann','organization':'A','timeZone':'Europe/London','workdayStart':0,'workdayEnd':24},"
            + "{'id':'b','name':'Bo','organization':'B','role':'CFO','workdayStart':18,'workdayEnd':20}]},"
            + "{'id':'s','agenda':'first-coffee','started':'2026-01-05','members':[" + A + "," + B + "]");

        var result = RelationshipsLoader.Parse(file.Replace('\'', '"'), "r.json");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var (given, defaults) = (result.Value[0], result.Value[1]);
        Assert.Equal((new Cadence(2, 0), (OpenerRule?)OpenerRule.QuieterFirst, false), (given.Cadence, given.Opener, given.InPerson));
        Assert.Equal(("", "Europe/London", 0, 24), (given.Members[0].Role, given.Members[0].TimeZoneId, given.Members[0].WorkdayStartHour, given.Members[0].WorkdayEndHour));
        Assert.Equal(("CFO", "UTC", 18, 20), (given.Members[1].Role, given.Members[1].TimeZoneId, given.Members[1].WorkdayStartHour, given.Members[1].WorkdayEndHour));
        Assert.Equal((Cadence.Monthly, (OpenerRule?)null, false, RelationshipKind.Peer), (defaults.Cadence, defaults.Opener, defaults.InPerson, defaults.Kind));
        Assert.Equal(("", "UTC", 9, 17), (defaults.Members[0].Role, defaults.Members[0].TimeZoneId, defaults.Members[0].WorkdayStartHour, defaults.Members[0].WorkdayEndHour));
    }

    [Fact]
    public void A_member_built_in_code_has_no_role_and_works_nine_to_five_in_UTC()
    {
        var member = new RelationshipMember("a", "Ann", "A");

        Assert.Equal(("", "UTC", 9, 17), (member.Role, member.TimeZoneId, member.WorkdayStartHour, member.WorkdayEndHour));
    }

    private static string Rel(string fields) => "{'relationships':[{" + fields + "}]}";

}
