// The operations the playground opens with, one GraphiQL tab each, in this order. The tab title is the
// operation name. Each one runs as is against the demo data (DEMO_DATA=true); test/playground.e2e-spec.ts
// posts every one of them, so a new example is checked too.
// To add a tab: write the operation below, then add it to `playgroundExamples` (one line).

export interface PlaygroundExample {
  /** A named GraphQL operation, with `#` comments explaining it to the reader. */
  query: string;
  variables?: Record<string, unknown>;
}

const listProcessors: PlaygroundExample = {
  query: `# Processors in key order, a page at a time (a connection: edges, pageInfo, totalCount).
# Filter with the variables below: \`search\` (case-insensitive text in the name, key or
# registration number) and \`country\` (country of establishment, ISO 3166-1 alpha-2, e.g. "US").
# For the next page, pass pageInfo.endCursor as \`after\`.
query ListProcessors($first: Int = 20, $after: String, $search: String, $country: CountryCode) {
  processors(first: $first, after: $after, search: $search, country: $country) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        key
        name
        country {
          code
          name
          region
        }
      }
    }
  }
}
`,
  variables: { first: 20, search: null, country: null },
};

const processorDetails: PlaygroundExample = {
  query: `# One processor: where it is established (and its ultimate parent), its certifications
# (e.g. EU-US Data Privacy Framework), which clients engage it under which DPA (Art. 28(3)),
# and its own subprocessors (Art. 28(2) and (4)): where they process data and the Chapter V
# transfer tool for each. Change $key in the variables below to look at another processor.
query ProcessorDetails($key: String! = "zendesk") {
  processor(key: $key) {
    key
    name
    country {
      code
      name(language: SV)
    }
    parentCountry {
      code
    }
    certifications {
      scheme
      validFrom
      validUntil
    }
    # Engagements in which it is the processor: who engages it.
    engagedBy {
      key
      client {
        key
        name
      }
      dpa {
        status
        signedOn
        expiresOn
      }
    }
    # Engagements in which it is the client: its subprocessors.
    subprocessors {
      key
      processor {
        key
        name
        country {
          code
        }
      }
      locations {
        country {
          code
        }
        activity
      }
      # Transfer tools (SCC_2021 with its module, BCR under Art. 47, ...) and when the transfer
      # impact assessment was completed. Empty countries: every destination of the engagement.
      safeguards {
        mechanism
        module
        countries {
          code
        }
        tiaCompletedOn
      }
    }
  }
}
`,
  variables: { key: 'zendesk' },
};

const importRegistryDryRun: PlaygroundExample = {
  query: `# Imports a registry document (the format of exportRegistry; see
# data/registry-document.schema.json), all or nothing. MERGE upserts by key and leaves alone
# what the document does not hold; REPLACE makes the registry exactly the document (deletes
# the rest). dryRun: true only counts what would change; set it to false to write.
# GraphiQL underlines the document below ("Expected value of type JSON"): its variables
# checker takes every scalar for a plain value. The server accepts it.
mutation ImportRegistryDryRun($document: JSON!) {
  importRegistry(document: $document, mode: MERGE, dryRun: true) {
    created
    updated
    deleted
    unchanged
    dryRun
  }
}
`,
  variables: {
    document: {
      version: 1,
      processors: [{ key: 'example-host', name: 'Example Hosting AB', country: 'SE' }],
      engagements: [
        {
          client: 'softmore-se',
          processor: 'example-host',
          service: 'Web hosting',
          dpa: { status: 'SIGNED', signedOn: '2025-01-15' },
          locations: [{ country: 'SE', activity: 'HOSTING' }],
        },
      ],
    },
  },
};

const exportRegistry: PlaygroundExample = {
  query: `# The whole registry (controllers, processors, engagements) as one JSON document, in the
# format importRegistry and the CLI (npm run cli -- import FILE) read.
query ExportRegistry {
  exportRegistry
}
`,
};

const transferAssessment: PlaygroundExample = {
  query: `# Every transfer to a third country (GDPR Chapter V) that your controllers' data reaches, down
# the whole chain of processors and subprocessors, decided as of a date: its basis (ADEQUACY under
# Art. 45, SCC or BCR under Art. 46 and 47, a DEROGATION under Art. 49, or NONE), its status
# (COVERED, AT_RISK, NOT_COVERED) and its findings, here in Swedish (message(language: EN) for
# English). Leave asOf out to assess as of today.
query TransferAssessment {
  transferAssessment(asOf: "2026-11-23") {
    summary {
      transfers
      covered
      atRisk
      notCovered
      critical
      warning
      info
    }
    transfers {
      id
      status
      basis
      # The controller first, the importer last.
      chain {
        key
        name
      }
      destination {
        code
        name
      }
      findings {
        code
        severity
        message(language: SV)
      }
    }
  }
}
`,
};

const whatIfDpfFalls: PlaygroundExample = {
  query: `# What if the EU-US Data Privacy Framework falls (it is contested: Case C-703/25 P)?
# revokedAdequacy treats every adequacy decision for these countries as revoked from asOf on.
# Transfers that relied on the DPF either fall back on a safeguard recorded on their engagement
# (the 2021 SCCs here) or become NOT_COVERED with basis NONE.
query WhatIfDpfFalls {
  transferAssessment(asOf: "2026-11-23", assumptions: { revokedAdequacy: ["US"] }) {
    summary {
      transfers
      covered
      atRisk
      notCovered
    }
    transfers {
      id
      status
      basis
      # The deciding safeguard, when there is one.
      safeguard {
        mechanism
        module
      }
    }
  }
}
`,
};

export const playgroundExamples: readonly PlaygroundExample[] = [
  listProcessors,
  processorDetails,
  importRegistryDryRun,
  exportRegistry,
  transferAssessment,
  whatIfDpfFalls,
];
