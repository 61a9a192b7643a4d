package dev.archivist.gui.threads;

/** Where a dragged message lands relative to the row it is dropped on. */
public enum Drop { BEFORE, INTO, AFTER }
