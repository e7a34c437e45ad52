package io.longitude.bench.load;

/** Who a virtual user is: the demo account it signs in with. */
enum Persona {
    MANAGER("manager"),
    FUNDER("funder"),
    ANALYST("analyst");

    private final String username;

    Persona(String username) {
        this.username = username;
    }

    String username() {
        return username;
    }
}
