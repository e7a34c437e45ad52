package io.longitude.dashboard.reports;

/** One key finding of a funder report: a short heading and one or two plain sentences, each figure with its n. */
record Finding(String heading, String text) {}
