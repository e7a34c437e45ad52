package io.longitude.bench.speed;

/** One target of issue 6 and how this run did against it. */
record Target(String name, String figures, Status status) {
    enum Status {
        MET("met"),
        MISSED("missed"),
        NOT_RUN("not run");

        private final String text;

        Status(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }

        static Status of(boolean met) {
            return met ? MET : MISSED;
        }
    }
}
