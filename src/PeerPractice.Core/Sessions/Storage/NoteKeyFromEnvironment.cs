using System;

namespace PeerPractice.Sessions;

/// <summary>
/// The note key from an environment variable (base64 of 32 bytes), for containers and services
/// whose secrets arrive that way. It never creates a key: generate one with
/// <c>head -c 32 /dev/urandom | base64</c> and keep it where your secrets live.
/// </summary>
/// <param name="variable">The variable's name.</param>
public sealed class NoteKeyFromEnvironment(string variable = NoteKeyFromEnvironment.DefaultVariable) : INoteKeyProvider
{
    /// <summary>The variable read by default.</summary>
    public const string DefaultVariable = "PEERPRACTICE_NOTE_KEY";

    /// <summary>The variable's name.</summary>
    public string Variable { get; } = variable;

    /// <inheritdoc />
    public string Description => "environment variable " + Variable;

    /// <inheritdoc />
    public byte[]? LoadKey() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } text ? NoteKeyText.Parse(text, Description) : null;

    /// <inheritdoc />
    public byte[] CreateKey() =>
        throw new StoreException(StoreErrorKind.NoteKey, $"The note key is taken from the {Description}, which is not set. Set it to a base64 256-bit key (head -c 32 /dev/urandom | base64); nothing was changed.");
}
