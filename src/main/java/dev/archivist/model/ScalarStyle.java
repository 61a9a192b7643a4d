package dev.archivist.model;

/** How a scalar is written in the source. */
public enum ScalarStyle { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED }
