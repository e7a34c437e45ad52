package io.longitude.dashboard.system;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values computed from one version of their inputs (e.g. the metric table's Delta version), kept until the version
 * changes: a request with a new version empties the cache. At most {@code capacity} values are kept; beyond that they
 * are computed and not kept, so keys that come from requests (a language) cannot fill the memory.
 */
public final class VersionedCache<K, V> {
    private final int capacity;
    private final Map<K, V> values = new ConcurrentHashMap<>();
    private Object version;

    public VersionedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("Cannot cache, capacity is not positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /** The value of {@code key} at {@code version}, computed by {@code compute} unless kept from an earlier request. */
    public V get(K key, Object version, Supplier<V> compute) {
        Objects.requireNonNull(version, "version is null");
        synchronized (this) {
            if (!version.equals(this.version)) {
                values.clear();
                this.version = version;
            }
        }
        V kept = values.get(key);
        if (kept != null) {
            return kept;
        }
        V value = compute.get();
        synchronized (this) {
            if (version.equals(this.version) && values.size() < capacity) {
                values.putIfAbsent(key, value);
            }
        }
        return value;
    }

    public int size() {
        return values.size();
    }
}
