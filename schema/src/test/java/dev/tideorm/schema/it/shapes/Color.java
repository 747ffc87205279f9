package dev.tideorm.schema.it.shapes;

public enum Color { RED, GREEN }
