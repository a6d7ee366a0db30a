using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace PeerPractice.Collections;

/// <summary>
/// An immutable array with structural (element-by-element) equality, so that records holding
/// lists compare by value. Agenda definitions built by the runtime loader and by generated code
/// must compare equal, which plain arrays and <see cref="ImmutableArray{T}"/> do not allow.
/// </summary>
/// <typeparam name="T">The element type; its own <see cref="object.Equals(object)"/> decides equality.</typeparam>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
public readonly struct ValueArray<T> : IEquatable<ValueArray<T>>, IReadOnlyList<T>
{
    private readonly T[]? _items;

    /// <summary>Wraps a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The elements, in order.</param>
    public ValueArray(IEnumerable<T> items)
    {
        _items = items is null ? null : new List<T>(items).ToArray();
    }

    private ValueArray(T[] items, bool _) => _items = items;

    /// <summary>An empty array.</summary>
    public static ValueArray<T> Empty => default;

    /// <summary>The number of elements.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>True when there are no elements.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    public T this[int index] => (_items ?? Array.Empty<T>())[index];

    /// <summary>The elements as a read-only span, without copying.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>Takes ownership of <paramref name="items"/> without copying; the caller must not change it afterwards.</summary>
    internal static ValueArray<T> UnsafeWrap(T[] items) => new(items, false);

    /// <inheritdoc/>
    public bool Equals(ValueArray<T> other)
    {
        var a = AsSpan();
        var b = other.AsSpan();
        if (a.Length != b.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = 17;
        var comparer = EqualityComparer<T>.Default;
        foreach (var item in AsSpan())
        {
            hash = unchecked((hash * 31) + (item is null ? 0 : comparer.GetHashCode(item)));
        }

        return hash;
    }

    /// <summary>Element-by-element equality.</summary>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>Element-by-element inequality.</summary>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);

    /// <summary>Returns an enumerator over the elements.</summary>
    public Enumerator GetEnumerator() => new(_items ?? Array.Empty<T>());

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? Array.Empty<T>()).GetEnumerator();

    /// <summary>Shows the count, for debuggers and logs.</summary>
    public override string ToString() => $"ValueArray<{typeof(T).Name}>[{Count}]";

    /// <summary>An allocation-free enumerator.</summary>
    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        /// <summary>The current element.</summary>
        public readonly T Current => _items[_index];

        /// <summary>Advances to the next element.</summary>
        public bool MoveNext() => ++_index < _items.Length;
    }
}

/// <summary>Factory methods for <see cref="ValueArray{T}"/>; also the collection-expression builder.</summary>
public static class ValueArray
{
    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements, in order.</param>
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) => ValueArray<T>.UnsafeWrap(items.ToArray());

    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements, in order; null makes an empty array, as with the constructor.</param>
    public static ValueArray<T> Create<T>(params T[] items) => items is null ? default : ValueArray<T>.UnsafeWrap((T[])items.Clone());

    /// <summary>Creates an array from a sequence.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements, in order.</param>
    public static ValueArray<T> ToValueArray<T>(this IEnumerable<T> items) => new(items);
}
