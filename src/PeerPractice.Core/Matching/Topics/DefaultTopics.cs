namespace PeerPractice.Matching;

/// <summary>The default topic list as data; <see cref="TopicVocabulary.Default"/> wraps it.</summary>
internal static class DefaultTopics
{
    public static readonly Topic[] All =
    [
        // The CIO breakfast seed.
        new("business-alignment", "Business alignment"),
        new("mobile", "Mobile technology and enterprise access"),
        new("security", "Security"),
        new("social", "Social networking"),
        new("innovation", "Fostering innovation"),
        new("it-profit-centre", "IT as a profit centre"),
        // The site-visit seed.
        new("workforce-talent", "Workforce and talent"),
        new("service-management", "Service management"),
        new("customer-experience", "Customer experience"),
        new("roi-measurement", "ROI measurement"),
        new("cybersecurity", "Cybersecurity"),
        new("cultural-dynamics", "Cultural dynamics"),
        new("ai-integration", "AI integration"),
        // Recurring themes of the other seeds (standardization, digital partnership with CxO peers).
        new("standardization", "Platform standardization"),
        new("digital-partnership", "Digital partnership with business peers"),
        new("it-governance", "IT governance and investment"),
        new("cloud-migration", "Cloud migration"),
        new("data-analytics", "Data and analytics"),
        new("vendor-management", "Vendor management"),
        new("budget-pressure", "Budget pressure"),
    ];
}
