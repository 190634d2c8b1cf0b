/**
 * The PrimeFaces portal, package by feature: {@code shell} (template, locale, messages, roles),
 * {@code login}, {@code dashboard}, {@code customers}. Backing beans are named after their use
 * case ({@code DashboardView}) and stay glue; what is more than glue (grid layout, chart model,
 * filters, locale negotiation) lives in plain classes beside them.
 *
 * <p>View models are records with public accessors that pages call as methods ({@code
 * #{row.name()}}): Jakarta EL 5 (Jakarta EE 10) does not resolve record components as
 * properties. They are {@link java.io.Serializable} because view- and session-scoped beans keep
 * them in the HTTP session; the EJB module's records are not.
 */
package com.tierwise.web.portal;
