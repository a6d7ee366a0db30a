namespace PeerPractice.ConsoleHost.Storage;

/// <summary>
/// A problem with the host's database or key file that the user can act on. The message says
/// which file and what to do; commands print it and exit non-zero without touching the data.
/// </summary>
internal sealed class HostStorageException(string message, Exception? inner = null) : Exception(message, inner);
