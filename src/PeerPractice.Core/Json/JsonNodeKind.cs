namespace PeerPractice.Json;

/// <summary>The kinds of JSON value the reader produces.</summary>
internal enum JsonNodeKind
{
    /// <summary>An object: <c>{ "name": value, ... }</c>.</summary>
    Object,

    /// <summary>An array: <c>[ value, ... ]</c>.</summary>
    Array,

    /// <summary>A string; <see cref="JsonNode.Text"/> holds the unescaped value.</summary>
    String,

    /// <summary>A number; <see cref="JsonNode.Text"/> holds its source spelling.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>null</c>.</summary>
    Null,
}
