namespace PeerPractice.Agendas;

/// <summary>The JSON types a field of the agenda format can require.</summary>
internal enum ExpectedType
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>An array.</summary>
    Array,

    /// <summary>An object.</summary>
    Object,
}
