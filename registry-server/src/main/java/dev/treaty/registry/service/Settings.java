package dev.treaty.registry.service;

import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.CompatibilityLevel;

/** The config that applies to one subject, after merging subject over global over defaults. */
record Settings(CompatibilityLevel level, boolean normalize, CheckOptions options) {}
