/** The OpenAPI document of {@code /api/v1}: metadata, security schemes, errors, operation names. */
package tw.mainstream.shared.web.api;
