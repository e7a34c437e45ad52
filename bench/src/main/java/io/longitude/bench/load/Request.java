package io.longitude.bench.load;

import java.util.Objects;

/**
 * One request of a virtual user: its class, the endpoint it is counted under (the path with ids as placeholders), the
 * path, and for a POST the JSON body.
 */
record Request(RequestClass requestClass, String endpoint, String path, String json) {
    Request {
        Objects.requireNonNull(requestClass, "requestClass is null");
        Objects.requireNonNull(endpoint, "endpoint is null");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Cannot request, path is not absolute: " + path);
        }
    }

    static Request get(RequestClass requestClass, String endpoint, String path) {
        return new Request(requestClass, endpoint, path, null);
    }

    static Request post(RequestClass requestClass, String endpoint, String path, String json) {
        return new Request(requestClass, endpoint, path, Objects.requireNonNull(json, "json is null"));
    }

    boolean posts() {
        return json != null;
    }
}
