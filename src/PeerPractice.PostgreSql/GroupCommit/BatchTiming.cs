using System.Collections.Generic;

namespace PeerPractice.PostgreSql.GroupCommit;

/// <summary>
/// Where one batch's time went (measurements only): waiting for its connection, its statements and
/// commits, and how long each of its writes had waited in the queue before the batch took it.
/// </summary>
/// <param name="Appends">Appends in the batch.</param>
/// <param name="Creations">Session creations in the batch.</param>
/// <param name="Clocks">Clocks kept.</param>
/// <param name="ConnectMs">Opening (or waiting for) the batch's connection.</param>
/// <param name="WriteMs">From taking the batch to every write of it acknowledged or refused.</param>
/// <param name="QueuedMs">Per write: from being queued to being taken by this batch.</param>
internal sealed record BatchTiming(int Appends, int Creations, int Clocks, double ConnectMs, double WriteMs, IReadOnlyList<double> QueuedMs);
