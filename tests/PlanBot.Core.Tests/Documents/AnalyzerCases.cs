using PlanBot.Core.Documents;

namespace PlanBot.Core.Tests.Documents;

/// <summary>
/// Small hand-written documents and what a person sees in them, one <see cref="AnalysisDescription"/> line per item.
/// For every kind of item a case names ("req", "endpoint", …) the analysis must find exactly those items;
/// <c>"req: none"</c> says there are none. Kinds a case does not name are not checked by it.
/// </summary>
public static class AnalyzerCases
{
    public static TheoryData<string, DocumentKind, string, string[]> All { get; } = new()
    {
        // ── Titles and metadata ─────────────────────────────────────────────────────────────
        {
            "front matter, nested maps and lists", DocumentKind.Prd,
            """
            ---
            feature: tide-tracker
            owner:
              team: coastal
              lead: Rui
            tags: [maps, alerts]
            ---
            # PRD: Tide Tracker
            """,
            ["title: Tide Tracker", "meta: feature = tide-tracker", "meta: owner.lead = Rui", "meta: owner.team = coastal", "meta: tags = maps, alerts"]
        },
        {
            "a byte-order mark does not hide front matter or the title", DocumentKind.Prd,
            "\uFEFF---\nstatus: draft\n---\n# Product Requirements Document: Harbour Ops\n",
            ["title: Harbour Ops", "meta: status = draft", "section 4: # Product Requirements Document: Harbour Ops [Unknown]"]
        },
        {
            "field/value metadata table and bold key-value lines", DocumentKind.Trd,
            """
            # TRD — Harbour Ops

            **Version:** 2.1
            **Gate:** 2 - Technical design

            | Field | Value |
            |---|---|
            | Owner | Platform team |
            | **Status** | Review |

            ## 1. System Architecture

            **Version:** not metadata here
            """,
            ["title: Harbour Ops", "meta: Gate = 2 - Technical design", "meta: Owner = Platform team", "meta: Status = Review", "meta: Version = 2.1"]
        },
        {
            "empty header metadata table and dotted key-values in a quote", DocumentKind.Prd,
            """
            # Kelp Farm Monitor — PRD v1.0

            > **Version:** 0.3 · **Status:** Draft · **Last Updated:** 2027-02-01

            | | |
            |---|---|
            | **Track** | Small |
            """,
            ["title: Kelp Farm Monitor", "meta: Last Updated = 2027-02-01", "meta: Status = Draft", "meta: Track = Small", "meta: Version = 0.3"]
        },
        {
            "no H1: a first H2 that names the document type is the title", DocumentKind.Prd,
            """
            ## Product Requirements: Tide‑Aware Scheduler

            ### Goals
            - Ship it
            """,
            ["title: Tide‑Aware Scheduler", "section 1: ## Product Requirements: Tide‑Aware Scheduler [Unknown]", "section 3: ### Goals [Goals]"]
        },
        {
            "a generic H1 and an H2 subtitle that names the product", DocumentKind.Trd,
            """
            # Technical Requirements Document (TRD)

            ## Buoy Relay — Telemetry Gateway

            ## 1. System Architecture
            """,
            ["title: Buoy Relay — Telemetry Gateway", "section 1: # Technical Requirements Document (TRD) [Unknown]", "section 3: ## Buoy Relay — Telemetry Gateway [Unknown]", "section 5: ## 1. System Architecture [SystemArchitecture]"]
        },

        // ── Sections by meaning ─────────────────────────────────────────────────────────────
        {
            "numbering, emoji, inline code and lettered appendices are ignored", DocumentKind.Prd,
            """
            # Pier Booking
            ## 🎯 Product Vision
            ## 2. Problem Statement
            ### 2.1 Pain Points
            ## 3. Users & Personas
            ## 4. Requirements
            #### 4.1.1 `booking-api` Non-Functional Requirements
            ## 🚫 Non-Goals
            ## 10. Roadmap & Phases
            ### A. Success Metrics
            ## ❓ Open Questions
            """,
            [
                "section 1: # Pier Booking [Unknown]",
                "section 2: ## 🎯 Product Vision [ExecutiveSummary]",
                "section 3: ## 2. Problem Statement [ProblemStatement]",
                "section 4: ### 2.1 Pain Points [ProblemStatement]",
                "section 5: ## 3. Users & Personas [UserPersonas]",
                "section 6: ## 4. Requirements [FunctionalRequirements]",
                "section 7: #### 4.1.1 booking-api Non-Functional Requirements [NonFunctionalRequirements]",
                "section 8: ## 🚫 Non-Goals [Scope]",
                "section 9: ## 10. Roadmap & Phases [Timeline]",
                "section 10: ### A. Success Metrics [SuccessCriteria]",
                "section 11: ## ❓ Open Questions [Unknown]",
            ]
        },
        {
            "Portuguese, Chinese and bilingual headings; non-breaking hyphens", DocumentKind.Trd,
            """
            # TRD — Cais
            ## 1. 产品概述 (Overview)
            ## 2. Requisitos Não‑Funcionais
            ## 3. 数据模型设计
            ## 4. Riscos técnicos
            ## 5. Estratégia de Testes
            ## 6. Implantação
            ## 7. Segurança e Observabilidade
            """,
            [
                "section 1: # TRD — Cais [Unknown]",
                "section 2: ## 1. 产品概述 (Overview) [ExecutiveSummary]",
                "section 3: ## 2. Requisitos Não‑Funcionais [NonFunctionalRequirements]",
                "section 4: ## 3. 数据模型设计 [DatabaseDesign]",
                "section 5: ## 4. Riscos técnicos [Risks]",
                "section 6: ## 5. Estratégia de Testes [Testing]",
                "section 7: ## 6. Implantação [Deployment]",
                "section 8: ## 7. Segurança e Observabilidade [Security]",
            ]
        },
        {
            "code fences: a bash comment is not a heading and an id in code is not a requirement", DocumentKind.Prd,
            """
            # Dock App
            ## Functional Requirements
            ```bash
            # FR-900 deploy script
            echo FR-901
            ```
            ### FR-001: Book a berth
            """,
            ["section 1: # Dock App [Unknown]", "section 2: ## Functional Requirements [FunctionalRequirements]", "section 7: ### FR-001: Book a berth [FunctionalRequirements]", "req 7: FR-001 Functional Unspecified: Book a berth"]
        },

        // ── Requirements ────────────────────────────────────────────────────────────────────
        {
            "ids in headings with priority lines and checkbox criteria", DocumentKind.Prd,
            """
            # Berth Planner
            ## Functional Requirements
            ### FR-001: Reserve a berth
            **Priority:** P1

            **Acceptance Criteria:**
            - [ ] A reservation holds for 30 minutes
            - [x] A double booking is refused

            ### FR-14 — Cancel a reservation (Must Have)
            Cancelling frees the berth.
            - The fee is refunded when cancelled a day ahead

            ### FR-002 Export the schedule
            """,
            [
                "req 3: FR-001 Functional ShouldHave: Reserve a berth",
                "ac 7: [FR-001]: A reservation holds for 30 minutes",
                "ac 8: [FR-001]: A double booking is refused",
                "req 10: FR-14 Functional MustHave: Cancel a reservation",
                "ac 12: [FR-14]: The fee is refunded when cancelled a day ahead",
                "req 14: FR-002 Functional Unspecified: Export the schedule",
            ]
        },
        {
            "requirement tables with varying columns, module-coded ids and priorities", DocumentKind.Prd,
            """
            # Crew Rostering
            ## 4. Feature Requirements
            | ID | Requirement | Priority | Notes |
            |----|-------------|----------|-------|
            | CRW-01 | Crew profile CRUD | P0 | |
            | CRW-02 | Shift swap requests | P3 | later |
            | CRW-02a | Swap approval by the skipper | Must Have | |

            | ID | Requirement | Target |
            |----|-------------|--------|
            | NFR-01 | Roster page load | < 2 seconds |
            | NFR-02 | Audit log | All changes |

            | # | Capability | MoSCoW |
            |---|---|---|
            | FR-1 | Weather alerts | Should |
            | FR-2 | Tide tables | won't have |

            | Req ID | Description | Priority |
            |---|---|---|
            | REQ-7 | Payroll export | critical |
            | REQ-8 | Dark mode | low |
            | REQ-9 | Offline mode | medium |
            """,
            [
                "req 5: CRW-01 Functional MustHave: Crew profile CRUD",
                "req 6: CRW-02 Functional CouldHave: Shift swap requests",
                "req 7: CRW-02a Functional MustHave: Swap approval by the skipper",
                "req 11: NFR-01 NonFunctional Unspecified: Roster page load",
                "ac 11: [NFR-01]: < 2 seconds",
                "req 12: NFR-02 NonFunctional Unspecified: Audit log",
                "ac 12: [NFR-02]: All changes",
                "req 16: FR-1 Functional ShouldHave: Weather alerts",
                "req 17: FR-2 Functional WontHave: Tide tables",
                "req 21: REQ-7 Functional MustHave: Payroll export",
                "req 22: REQ-8 Functional CouldHave: Dark mode",
                "req 23: REQ-9 Functional ShouldHave: Offline mode",
            ]
        },
        {
            "bold inline ids, list prefixes and an AC label after a bold requirement", DocumentKind.Prd,
            """
            # Ferry Tickets
            ## Requisitos Funcionais
            - **FR-1 — Compra de bilhete.** O passageiro compra pelo celular.
              - AC: o QR code chega em 10 segundos
            - **FR-2:** Refund a ticket before departure.
            - FR-3 — Show the ferry position on a map.
            1. NFR-02: Every payment is logged.

            **FR-4** — Print a boarding pass at the kiosk.
            """,
            [
                "req 3: FR-1 Functional Unspecified: Compra de bilhete",
                "ac 4: [FR-1]: o QR code chega em 10 segundos",
                "req 5: FR-2 Functional Unspecified: Refund a ticket before departure",
                "req 6: FR-3 Functional Unspecified: Show the ferry position on a map",
                "req 7: NFR-02 NonFunctional Unspecified: Every payment is logged",
                "req 9: FR-4 Functional Unspecified: Print a boarding pass at the kiosk",
            ]
        },
        {
            "Kiro requirements with a user story and numbered EARS criteria", DocumentKind.Prd,
            """
            # Requirements Document: Lock Keeper

            ## Requirements

            ### Requirement 1: Gate Scheduling

            **User Story:** As a lock operator, I want gates scheduled by tide, so that vessels never wait at low water.

            #### Acceptance Criteria

            1. WHEN the tide rises above 2 metres THEN the Lock_Keeper SHALL open the upper gate
            2. WHEN a vessel is inside THEN the Lock_Keeper SHALL keep both gates closed

            ### Requirement 2: Manual Override
            """,
            [
                "title: Lock Keeper",
                "req 5: Requirement 1 Functional Unspecified: Gate Scheduling",
                "ac 11: [Requirement 1]: WHEN the tide rises above 2 metres THEN the Lock_Keeper SHALL open the upper gate",
                "ac 12: [Requirement 1]: WHEN a vessel is inside THEN the Lock_Keeper SHALL keep both gates closed",
                "req 14: Requirement 2 Functional Unspecified: Manual Override",
                "story 7: -: lock operator | gates scheduled by tide | vessels never wait at low water",
            ]
        },
        {
            "id-less bullets of a requirements section are keyed by their titles; nested bullets are criteria; group labels are not requirements", DocumentKind.Prd,
            """
            # Net Mender

            ## Core Features
            - Log a torn net with a photo
            - Notifications
              - Push alert when a repair is due
              - Weekly digest email
            - Assign a repair to a crew member, with a deadline.
              - The crew member sees it on their phone

            ## Non-Functional Requirements
            - Works offline for a full day at sea

            ## Glossary
            - Net: a thing that catches fish
            """,
            [
                "req 4: log-a-torn-net-with-a-photo Functional Unspecified (no id): Log a torn net with a photo",
                "req 6: push-alert-when-a-repair-is-due Functional Unspecified (no id): Push alert when a repair is due",
                "req 7: weekly-digest-email Functional Unspecified (no id): Weekly digest email",
                "req 8: assign-a-repair-to-a-crew-member Functional Unspecified (no id): Assign a repair to a crew member, with a deadline",
                "ac 9: [assign-a-repair-to-a-crew-member]: The crew member sees it on their phone",
                "req 12: works-offline-for-a-full-day-at-sea NonFunctional Unspecified (no id): Works offline for a full day at sea",
            ]
        },
        {
            "when requirements have ids, id-less bullets elsewhere are context, not requirements", DocumentKind.Prd,
            """
            # Quay Lights
            ## Functional Requirements
            ### FR-001 Switch lights by schedule
            ## Business Requirements
            - Only harbour staff may change a schedule
            """,
            ["req 3: FR-001 Functional Unspecified: Switch lights by schedule"]
        },
        {
            "acceptance-criteria tables are linked by the ids they name, a row naming none is kept on its own; Given/When/Then bullets belong to their requirement", DocumentKind.Prd,
            """
            # Slipway
            ## Functional Requirements
            ### FR-001 Haul out a boat
            - Given a booked slot, when the boat arrives, then the winch is reserved
            ### FR-002 Launch a boat
            ## Acceptance Criteria
            | ID | Criterion |
            |----|-----------|
            | AC-01 | FR-002: the trailer is logged back in |
            | AC-02 | Covers FR-001 and FR-002: the slot is released |
            | AC-03 | Nobody is linked to this one |
            """,
            [
                "req 3: FR-001 Functional Unspecified: Haul out a boat",
                "ac 4: [FR-001]: Given a booked slot, when the boat arrives, then the winch is reserved",
                "ac 9: AC-01 [FR-002]: FR-002: the trailer is logged back in",
                "ac 10: AC-02 [FR-001]: Covers FR-001 and FR-002: the slot is released",
                "req 5: FR-002 Functional Unspecified: Launch a boat",
                "ac 10: AC-02 [FR-002]: Covers FR-001 and FR-002: the slot is released",
                "ac 11: AC-03 [-]: Nobody is linked to this one",
            ]
        },
        {
            "bold AC headings with Given/When/Then steps naming no requirement go to the one they are about; loose scenarios are kept", DocumentKind.Prd,
            """
            # Fishing Licences
            ## Functional Requirements
            ### FR-001: Buy a day licence for a river
            ### FR-002: Show the licence to a warden as a QR code
            ## Acceptance Criteria

            **AC1 — Paying for a day licence**
            - Given an angler on the licence page
            - When they pay for Saturday on the river Ure
            - Then the day licence for the Ure is issued

            **AC2 — Warden check**
            - Given a valid licence QR code
            - When a warden scans the QR code
            - Then the warden sees the angler's name

            **AC3 — Nothing else**

            ## Notes
            - Given heavy rain
            - Then the office closes early

            ## Labelled steps
            - Given: a closed river
            - When: an angler buys a licence
            - Then: the sale is refused
            """,
            [
                "req 3: FR-001 Functional Unspecified: Buy a day licence for a river",
                "req 4: FR-002 Functional Unspecified: Show the licence to a warden as a QR code",
                "ac 7: AC1 [FR-001]: Paying for a day licence: Given an angler on the licence page, when they pay for Saturday on the river Ure, then the day licence for the Ure is issued",
                "ac 12: AC2 [FR-002]: Warden check: Given a valid licence QR code, when a warden scans the QR code, then the warden sees the angler's name",
                "ac 17: AC3 [-]: Nothing else",
                "ac 20: [-]: Given heavy rain, then the office closes early",
                "ac 24: [FR-001]: Given: a closed river, when: an angler buys a licence, then: the sale is refused",
            ]
        },
        {
            "a separate criteria section that repeats the story headings: the criteria join the stories", DocumentKind.Prd,
            """
            # Dock Passes
            ## User Stories
            ### US-1: Print a dock pass
            As a skipper, I want to print a dock pass so that the gate opens.
            ### US-2: Renew a pass
            As a skipper, I want to renew my pass so that I keep my berth.
            ## Acceptance Criteria
            ### US-1
            - Given a paid berth, when I print, then the pass shows my berth
            ### US-2
            - Given an expiring pass, when I renew, then the end date moves a year
            """,
            [
                "req 3: US-1 Functional Unspecified: Print a dock pass",
                "req 5: US-2 Functional Unspecified: Renew a pass",
                "ac 9: [US-1]: Given a paid berth, when I print, then the pass shows my berth",
                "ac 11: [US-2]: Given an expiring pass, when I renew, then the end date moves a year",
            ]
        },
        {
            "a document with only user stories: the stories with ids are its requirements", DocumentKind.Prd,
            """
            # Buoy Map
            ## User Stories
            | ID | Persona | Story |
            |---|---|---|
            | US-01 | Skipper | As a skipper, I want buoys on a chart, so that I can plan a route. |
            | US2 | Harbour master | As a harbour master, I want to move a buoy. |
            """,
            [
                "req 5: US-01 Functional Unspecified: buoys on a chart",
                "req 6: US2 Functional Unspecified: move a buoy",
                "story 5: US-01: skipper | buoys on a chart | I can plan a route",
                "story 6: US2: harbour master | move a buoy | -",
            ]
        },

        // ── User stories ────────────────────────────────────────────────────────────────────
        {
            "stories: list, Jobs-To-Be-Done, Portuguese bold lines, bold ids and a story heading", DocumentKind.Prd,
            """
            # Catch Log

            ## User Stories
            - **US-1:** As a fisher, I want to log a catch offline, so that nothing is lost at sea.
            - As an inspector, I need the day's catches
            1. When I land the boat, I want the log to sync, so I can sell the same day.

            ### US-002: Registro de cota
            **Como** armador
            **Eu quero** ver a cota restante
            **Para que** eu não ultrapasse o limite

            **US-3** — Como comprador, quero ver o peixe do dia, para planejar o cardápio.

            As a matter of fact, this paragraph is not a story.
            """,
            [
                "story 4: US-1: fisher | log a catch offline | nothing is lost at sea",
                "story 5: -: inspector | the day's catches | -",
                "story 6: -: user, When I land the boat | the log to sync | I can sell the same day",
                "story 9: US-002: armador | ver a cota restante | eu não ultrapasse o limite",
                "story 13: US-3: comprador | ver o peixe do dia | planejar o cardápio",
            ]
        },

        // ── Endpoints ───────────────────────────────────────────────────────────────────────
        {
            "endpoints from tables, code, headings and lines, de-duplicated across parameter styles", DocumentKind.Trd,
            """
            # TRD: Marina API
            ## API Specifications
            | Method | Path | Purpose |
            |---|---|---|
            | GET | /v1/berths/{id} | One berth |
            | POST | /v1/berths | Create |

            ```go
            app.Get("/v1/berths/:id", h.Get)
            app.Delete("/v1/berths/:id", h.Delete)
            router.post('/', handler)
            ```

            ### PATCH /v1/berths/{berthId}/lights
            - `PUT /api/locations/resolve` → resolves a location
            - `POST /v1/berths/{id}/lock|unlock`
            - We get /v1/berths when the page loads; the client GETs them too.
            """,
            [
                "endpoint 5: GET /v1/berths/{id}",
                "endpoint 6: POST /v1/berths",
                "endpoint 10: DELETE /v1/berths/:id",
                "endpoint 14: PATCH /v1/berths/{berthId}/lights",
                "endpoint 15: PUT /api/locations/resolve",
                "endpoint 16: POST /v1/berths/{id}/lock",
                "endpoint 16: POST /v1/berths/{id}/unlock",
            ]
        },

        // ── Entities ────────────────────────────────────────────────────────────────────────
        {
            "entities from SQL, Prisma, schema tables (a \"Table:\" label dropped), bold table names and field bullets", DocumentKind.Trd,
            """
            # TRD: Boatyard
            ## 3. Database Design
            ```sql
            CREATE TABLE IF NOT EXISTS repairs (
                id UUID PRIMARY KEY,
                hull_id UUID NOT NULL REFERENCES hulls (id),
                cost NUMERIC(10, 2),
                UNIQUE (hull_id, id)
            );
            ```
            ```prisma
            model Hull {
              id    String @id
              name  String
              @@index([name])
            }
            ```
            ### 3.2 Dock (Mutable)
            | Field | Type | Description |
            |---|---|---|
            | `id` | UUID | key |
            | `length` | Float | metres |
            ### Table: berths
            | Column | Type |
            |---|---|
            | code | char(7) |

            **crews**
            - `name` string, not null
            - `size` integer

            Other tables:

            - **Invoice** — id, hull_id, amount (cents), paid_at
            - `Slots` (dock_id, starts_at)
            - Dock staff keep notes on paper
            """,
            [
                "entity 4: repairs (id, hull_id, cost)",
                "entity 12: Hull (id, name)",
                "entity 18: Dock (id, length)",
                "entity 23: berths (code)",
                "entity 28: crews (name, size)",
                "entity 34: Invoice (id, hull_id, amount, paid_at)",
                "entity 35: Slots (dock_id, starts_at)",
            ]
        },

        {
            "SQL columns: quotes and brackets removed, constraints skipped in any case, an identifier found after a leading digit", DocumentKind.Trd,
            """
            # TRD: Marina
            ## Data Model
            ```sql
            CREATE TABLE "moorings" (
                "id" UUID PRIMARY KEY,
                `berth_id` UUID NOT NULL,
                constraint moorings_berth_fk FOREIGN KEY (berth_id) REFERENCES berths (id),
                primary key (id),
                2fast INT,
                [label] TEXT
                -- shown on the dock board
            );
            ```
            """,
            [
                "entity 4: moorings (id, berth_id, fast, label)",
            ]
        },

        // ── Integrations ────────────────────────────────────────────────────────────────────
        {
            "integrations by canonical name with their first line and mentions, and external APIs named in a dependencies list", DocumentKind.Trd,
            """
            # TRD: Harbour Ledger
            Stores berths in postgres and caches in Redis.
            ## Dependencies
            - **Midaz** ledger for fees; Access Manager for roles
            - **Tidewater API** — tide forecasts
            - **Plugin license** checks; events go to the Event Streamer
            - Messages on Rabbit MQ, analytics on Kafka, documents in MongoDB, keys in Valkey

            | Dependency | Type |
            |---|---|
            | Stripe | External |
            | Fee calculator | Internal |

            ```yaml
            database: postgresql
            ```
            Tidewater API answers within 2 seconds.
            """,
            [
                "integration 2: PostgreSQL DataStore x2",
                "integration 2: Redis DataStore x1",
                "integration 4: Access Manager PlatformService x1",
                "integration 4: Midaz PlatformService x1",
                "integration 5: Tidewater API ExternalApi x2",
                "integration 6: Event Streamer PlatformService x1",
                "integration 6: License SDK PlatformService x1",
                "integration 7: Kafka MessageBroker x1",
                "integration 7: MongoDB DataStore x1",
                "integration 7: RabbitMQ MessageBroker x1",
                "integration 7: Valkey DataStore x1",
                "integration 11: Stripe Payment x1",
            ]
        },

        // ── Performance targets ─────────────────────────────────────────────────────────────
        {
            "targets as written, in prose and across table cells; metric names and settings are not targets", DocumentKind.Trd,
            """
            # TRD: Sonar Feed
            ## Performance
            - Read API answers with P99 < 50ms.
            - Ingest sustains 1,000 req/s per node.
            - 99.9% uptime, measured monthly.
            - Search returns in sub-10ms; export takes ≤200 ms. Decoding stays under 1 µs per frame.
            - The map renders in under 3 seconds on a phone.
            - Compressão leva < 100ms para 100MB.
            - We report p50, p95 and p99 for every endpoint.
            - Jobs retry after 5 minutes; alerts fire when a run takes > 45 minutes.
            - Memory footprint under 150MB.

            | Metric | Target |
            |---|---|
            | API response time (p95) | < 500ms |
            | Availability | 99.95% |
            | Error rate | < 0.1% |
            """,
            [
                "target 3: latency: Read API answers with P99 < 50ms.",
                "target 4: throughput: Ingest sustains 1,000 req/s per node.",
                "target 5: availability: 99.9% uptime, measured monthly.",
                "target 6: latency: Search returns in sub-10ms",
                "target 6: latency: export takes ≤200 ms.",
                "target 6: latency: Decoding stays under 1 µs per frame.",
                "target 7: duration: The map renders in under 3 seconds on a phone.",
                "target 8: latency: Compressão leva < 100ms para 100MB.",
                "target 11: memory: Memory footprint under 150MB.",
                "target 15: latency: API response time (p95): < 500ms",
                "target 16: availability: Availability: 99.95%",
                "target 17: error rate: Error rate: < 0.1%",
            ]
        },

        // ── Risks, success criteria, phases ─────────────────────────────────────────────────
        {
            "risks from tables and bullets, success criteria, phases with weeks", DocumentKind.Prd,
            """
            # Reef Watch
            ## Risks
            | # | Risk | Impact |
            |---|---|---|
            | R1 | Sensors drift in warm water | High |

            - Divers may not log sightings

            ## Success Metrics
            - 90% of sightings logged within a day

            | Metric | Baseline | Target |
            |---|---|---|
            | Weekly divers | 10 | 50 |

            ## Timeline
            - **Phase 1 — App Shell (2 weeks):** map and login
            - Phase 2: Sync (3–4 weeks)

            | Phase | Scope |
            |---|---|
            | Milestone 3 — Launch | 1 month |

            ## Rollout
            ### Phase 4 — Handover (1 week)
            - Train the rangers
            - Pair with the first shift
            """,
            [
                "risk 5: Sensors drift in warm water",
                "risk 7: Divers may not log sightings",
                "success 10: 90% of sightings logged within a day",
                "success 14: Weekly divers: 50",
                "phase 17: Phase 1 — App Shell (2): map and login",
                "phase 18: Phase 2: Sync (4)",
                "phase 22: Milestone 3 — Launch (4)",
                "phase 25: Phase 4 — Handover (1): Train the rangers; Pair with the first shift",
            ]
        },

        // ── What the documents leave out ──────────────────────────────────────────────────────
        {
            "out-of-scope, non-goal and later entries are read; a heading naming both sides is not itself out of scope", DocumentKind.Prd,
            """
            # Reef Watch
            ## Goals & non-goals
            ### Goals
            1. **One map.** Every sighting on one map.
            ### Non-goals
            1. **Offline sync.** Divers log sightings online.
            ## Out of Scope
            - Native apps
            ## Future Considerations
            - Coral bleaching alerts
            """,
            [
                "out 6: Offline sync. Divers log sightings online.",
                "out 8: Native apps",
                "out 10: Coral bleaching alerts",
            ]
        },

        // ── What is absent ──────────────────────────────────────────────────────────────────
        {
            "an empty PRD names everything it looked for", DocumentKind.Prd,
            "",
            ["title: ", "req: none", "notfound: requirements, user stories, acceptance criteria, performance targets, success criteria, risks, timeline"]
        },
        {
            "a TRD without endpoints or targets says so", DocumentKind.Trd,
            """
            # TRD: Quiet Harbour
            ## Architecture
            A single service on PostgreSQL.
            """,
            ["notfound: endpoints, data entities, performance targets"]
        },
    };
}
