namespace PeerPractice.Samples;

/// <summary>The project's own word lists for synthetic members (invented names; no external corpus).</summary>
internal static class WordLists
{
    public static readonly string[] FirstNames =
    [
        "Ada", "Bilal", "Carmen", "Dana", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jonas", "Kavya", "Luca", "Maren", "Nadia",
        "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tamar", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zora", "Anders", "Beatriz",
        "Chidi", "Dmitri", "Esther", "Farid", "Gwen", "Hector", "Isla", "Jae", "Kofi", "Leila", "Mateo", "Nora",
    ];

    public static readonly string[] LastNames =
    [
        "Abara", "Berg", "Castillo", "Dubois", "Eriksen", "Fontaine", "Garcia", "Haddad", "Ivanova", "Jensen", "Kowalski", "Lindqvist",
        "Mbeki", "Novak", "Okafor", "Petrov", "Quintero", "Rahman", "Santos", "Tanaka", "Ueda", "Vargas", "Weber", "Xu", "Yilmaz",
        "Zimmer", "Achebe", "Brandt", "Chen", "Dalton", "Esposito", "Fischer", "Gupta", "Holm", "Ito", "Jovanovic", "Kim", "Larsen",
    ];

    public static readonly string[] OrganizationFirst =
    [
        "Northwind", "Bluepeak", "Harbor", "Cedar", "Summit", "Ironbridge", "Silverline", "Redwood", "Lakeside", "Granite",
        "Brightwater", "Keystone", "Meridian", "Oakridge", "Pinecrest", "Riverbend", "Stonegate", "Westfield", "Clearview", "Eastgate",
    ];

    /// <summary>Industries, each with words its organizations' names end in.</summary>
    public static readonly (string Industry, string[] NameEndings)[] Industries =
    [
        ("healthcare", ["Health", "Medical Center", "Clinics"]),
        ("financial services", ["Bank", "Capital", "Credit Union"]),
        ("insurance", ["Insurance", "Mutual", "Assurance"]),
        ("manufacturing", ["Manufacturing", "Industries", "Components"]),
        ("retail", ["Retail", "Stores", "Outfitters"]),
        ("higher education", ["University", "College", "Institute"]),
        ("public sector", ["County", "City Services", "Transit Authority"]),
        ("energy", ["Energy", "Power", "Utilities"]),
        ("logistics", ["Logistics", "Freight", "Shipping"]),
        ("media", ["Media", "Publishing", "Broadcasting"]),
        ("telecommunications", ["Telecom", "Networks", "Communications"]),
        ("pharmaceuticals", ["Pharma", "Biosciences", "Labs"]),
        ("hospitality", ["Hotels", "Resorts", "Hospitality"]),
        ("non-profit", ["Foundation", "Trust", "Alliance"]),
    ];

    /// <summary>Metro, UTC offset in minutes, a second language spoken there (or null).</summary>
    public static readonly (string Metro, int Offset, string? Language)[] Metros =
    [
        ("New York", -300, "es"), ("Chicago", -360, "es"), ("Boston", -300, null), ("Toronto", -300, "fr"), ("San Francisco", -480, "es"),
        ("London", 0, null), ("Dublin", 0, null), ("Amsterdam", 60, "nl"), ("Berlin", 60, "de"), ("Paris", 60, "fr"),
        ("Madrid", 60, "es"), ("Stockholm", 60, "sv"), ("Singapore", 480, "zh"), ("Sydney", 600, null), ("Bangalore", 330, "hi"),
    ];

    /// <summary>Titles by role family and level (index = level - 1).</summary>
    public static readonly string[][] Titles =
    [
        ["IT Manager", "IT Director", "VP of IT", "CIO"],
        ["Security Manager", "Director of Security", "VP Security", "CISO"],
        ["Analytics Manager", "Director of Data", "VP Data", "Chief Data Officer"],
        ["Digital Product Manager", "Director of Digital", "VP Digital", "Chief Digital Officer"],
        ["Engineering Manager", "Director of Engineering", "VP Engineering", "CTO"],
    ];
}
