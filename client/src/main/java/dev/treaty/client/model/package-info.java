/**
 * Request and response bodies of the Confluent-compatible REST API and of Treaty's own endpoints,
 * shared by the server and the Java client. Field names are the wire names; empty values are left
 * out of the JSON, as Confluent's server does.
 */
package dev.treaty.client.model;
