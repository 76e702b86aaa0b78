// Generated from schemas/*.avsc by `npm run codegen`. Do not edit: change the schema and regenerate.

/** The Avro schemas, as written in schemas/, keyed by event name. */
export const eventSchemas = {
  "DescriptionCorrected": {
    "type": "record",
    "name": "DescriptionCorrected",
    "namespace": "vitrine.events",
    "doc": "An operator corrected attributes; feeds the fine-tuning dataset export.",
    "fields": [
      {
        "name": "eventId",
        "type": "string",
        "doc": "Unique id of this event. Derived events use a deterministic id (causing event id, stage, model version) so a re-delivery yields the same id."
      },
      {
        "name": "causationId",
        "type": [
          "null",
          "string"
        ],
        "default": null,
        "doc": "eventId of the event that caused this one (null for events that enter the system)."
      },
      {
        "name": "correlationId",
        "type": "string",
        "doc": "Id shared by every event descended from one upload; carried into logs."
      },
      {
        "name": "productId",
        "type": "string",
        "doc": "Product id; also the Kafka message key, so a product's events stay ordered on one partition."
      },
      {
        "name": "occurredAt",
        "type": {
          "type": "long",
          "logicalType": "timestamp-millis"
        },
        "doc": "When the event happened (UTC)."
      },
      {
        "name": "producer",
        "type": "string",
        "doc": "Emitting service and its version, e.g. \"preprocessor@0.1.0\"."
      },
      {
        "name": "moderatedEventId",
        "type": "string"
      },
      {
        "name": "reviewer",
        "type": "string"
      },
      {
        "name": "imageId",
        "type": "string"
      },
      {
        "name": "modelId",
        "type": "string",
        "doc": "Describer model id, e.g. \"offline-ocr-color\" or \"glm-4.6v-flash\"."
      },
      {
        "name": "modelVersion",
        "type": "string",
        "doc": "Model (and LoRA) version; replays pin a new one."
      },
      {
        "name": "promptTemplateId",
        "type": "string"
      },
      {
        "name": "promptTemplateVersion",
        "type": "string"
      },
      {
        "name": "corrections",
        "type": {
          "type": "array",
          "items": {
            "type": "record",
            "name": "Correction",
            "fields": [
              {
                "name": "path",
                "type": "string",
                "doc": "JSON pointer into the description, e.g. \"/colors/0/code\"."
              },
              {
                "name": "before",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": null
              },
              {
                "name": "after",
                "type": [
                  "null",
                  "string"
                ],
                "default": null,
                "doc": null
              }
            ]
          }
        }
      },
      {
        "name": "description",
        "type": {
          "type": "record",
          "name": "ProductDescription",
          "doc": "The single semantic source every locale is rendered from.",
          "fields": [
            {
              "name": "category",
              "type": [
                "null",
                {
                  "type": "record",
                  "name": "Attribute",
                  "doc": "A controlled-vocabulary value (taxonomy code) with its confidence and source.",
                  "fields": [
                    {
                      "name": "code",
                      "type": "string"
                    },
                    {
                      "name": "confidence",
                      "type": "double"
                    },
                    {
                      "name": "source",
                      "type": {
                        "type": "enum",
                        "name": "AttributeSource",
                        "symbols": [
                          "ocr",
                          "color",
                          "hint",
                          "rule",
                          "vlm",
                          "operator"
                        ],
                        "doc": "Where a value came from."
                      }
                    }
                  ]
                }
              ],
              "default": null
            },
            {
              "name": "colors",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "materials",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "styles",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "useScenes",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "features",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "attributes",
              "type": {
                "type": "array",
                "items": {
                  "type": "record",
                  "name": "NamedAttribute",
                  "doc": "A measured or read attribute such as brand, capacity, size, weight or model number.",
                  "fields": [
                    {
                      "name": "name",
                      "type": "string"
                    },
                    {
                      "name": "value",
                      "type": "string"
                    },
                    {
                      "name": "unit",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": "Unit of value, e.g. \"ml\", \"g\", \"h\"."
                    },
                    {
                      "name": "confidence",
                      "type": "double"
                    },
                    {
                      "name": "source",
                      "type": "AttributeSource"
                    }
                  ]
                }
              },
              "default": []
            },
            {
              "name": "printedText",
              "type": {
                "type": "array",
                "items": {
                  "type": "record",
                  "name": "PrintedText",
                  "doc": "A line of text printed on the product, as read by OCR.",
                  "fields": [
                    {
                      "name": "text",
                      "type": "string"
                    },
                    {
                      "name": "language",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": "Detected script/language, e.g. \"en\", \"zh\"."
                    },
                    {
                      "name": "confidence",
                      "type": "double"
                    },
                    {
                      "name": "box",
                      "type": {
                        "type": "array",
                        "items": "int"
                      },
                      "doc": "Quadrilateral x1,y1,...,x4,y4 in model-derivative pixels."
                    }
                  ]
                }
              },
              "default": []
            },
            {
              "name": "freeText",
              "type": [
                "null",
                {
                  "type": "record",
                  "name": "FreeText",
                  "doc": "Free text from a vision-language model, in its source locale.",
                  "fields": [
                    {
                      "name": "locale",
                      "type": "string"
                    },
                    {
                      "name": "title",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": null
                    },
                    {
                      "name": "sellingPoints",
                      "type": {
                        "type": "array",
                        "items": "string"
                      },
                      "default": []
                    },
                    {
                      "name": "description",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": null
                    }
                  ]
                }
              ],
              "default": null
            }
          ]
        },
        "doc": "The description after the corrections."
      }
    ]
  },
  "DescriptionGenerated": {
    "type": "record",
    "name": "DescriptionGenerated",
    "namespace": "vitrine.events",
    "doc": "A structured description was generated (or reused from the near-duplicate cache).",
    "fields": [
      {
        "name": "eventId",
        "type": "string",
        "doc": "Unique id of this event. Derived events use a deterministic id (causing event id, stage, model version) so a re-delivery yields the same id."
      },
      {
        "name": "causationId",
        "type": [
          "null",
          "string"
        ],
        "default": null,
        "doc": "eventId of the event that caused this one (null for events that enter the system)."
      },
      {
        "name": "correlationId",
        "type": "string",
        "doc": "Id shared by every event descended from one upload; carried into logs."
      },
      {
        "name": "productId",
        "type": "string",
        "doc": "Product id; also the Kafka message key, so a product's events stay ordered on one partition."
      },
      {
        "name": "occurredAt",
        "type": {
          "type": "long",
          "logicalType": "timestamp-millis"
        },
        "doc": "When the event happened (UTC)."
      },
      {
        "name": "producer",
        "type": "string",
        "doc": "Emitting service and its version, e.g. \"preprocessor@0.1.0\"."
      },
      {
        "name": "imageId",
        "type": "string"
      },
      {
        "name": "derivativeUri",
        "type": [
          "null",
          "string"
        ],
        "default": null
      },
      {
        "name": "modelId",
        "type": "string",
        "doc": "Describer model id, e.g. \"offline-ocr-color\" or \"glm-4.6v-flash\"."
      },
      {
        "name": "modelVersion",
        "type": "string",
        "doc": "Model (and LoRA) version; replays pin a new one."
      },
      {
        "name": "promptTemplateId",
        "type": "string"
      },
      {
        "name": "promptTemplateVersion",
        "type": "string"
      },
      {
        "name": "cached",
        "type": "boolean",
        "default": false
      },
      {
        "name": "cacheSourceImageId",
        "type": [
          "null",
          "string"
        ],
        "default": null,
        "doc": "Image whose description was reused, when cached."
      },
      {
        "name": "description",
        "type": {
          "type": "record",
          "name": "ProductDescription",
          "doc": "The single semantic source every locale is rendered from.",
          "fields": [
            {
              "name": "category",
              "type": [
                "null",
                {
                  "type": "record",
                  "name": "Attribute",
                  "doc": "A controlled-vocabulary value (taxonomy code) with its confidence and source.",
                  "fields": [
                    {
                      "name": "code",
                      "type": "string"
                    },
                    {
                      "name": "confidence",
                      "type": "double"
                    },
                    {
                      "name": "source",
                      "type": {
                        "type": "enum",
                        "name": "AttributeSource",
                        "symbols": [
                          "ocr",
                          "color",
                          "hint",
                          "rule",
                          "vlm",
                          "operator"
                        ],
                        "doc": "Where a value came from."
                      }
                    }
                  ]
                }
              ],
              "default": null
            },
            {
              "name": "colors",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "materials",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "styles",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "useScenes",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "features",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "attributes",
              "type": {
                "type": "array",
                "items": {
                  "type": "record",
                  "name": "NamedAttribute",
                  "doc": "A measured or read attribute such as brand, capacity, size, weight or model number.",
                  "fields": [
                    {
                      "name": "name",
                      "type": "string"
                    },
                    {
                      "name": "value",
                      "type": "string"
                    },
                    {
                      "name": "unit",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": "Unit of value, e.g. \"ml\", \"g\", \"h\"."
                    },
                    {
                      "name": "confidence",
                      "type": "double"
                    },
                    {
                      "name": "source",
                      "type": "AttributeSource"
                    }
                  ]
                }
              },
              "default": []
            },
            {
              "name": "printedText",
              "type": {
                "type": "array",
                "items": {
                  "type": "record",
                  "name": "PrintedText",
                  "doc": "A line of text printed on the product, as read by OCR.",
                  "fields": [
                    {
                      "name": "text",
                      "type": "string"
                    },
                    {
                      "name": "language",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": "Detected script/language, e.g. \"en\", \"zh\"."
                    },
                    {
                      "name": "confidence",
                      "type": "double"
                    },
                    {
                      "name": "box",
                      "type": {
                        "type": "array",
                        "items": "int"
                      },
                      "doc": "Quadrilateral x1,y1,...,x4,y4 in model-derivative pixels."
                    }
                  ]
                }
              },
              "default": []
            },
            {
              "name": "freeText",
              "type": [
                "null",
                {
                  "type": "record",
                  "name": "FreeText",
                  "doc": "Free text from a vision-language model, in its source locale.",
                  "fields": [
                    {
                      "name": "locale",
                      "type": "string"
                    },
                    {
                      "name": "title",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": null
                    },
                    {
                      "name": "sellingPoints",
                      "type": {
                        "type": "array",
                        "items": "string"
                      },
                      "default": []
                    },
                    {
                      "name": "description",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": null
                    }
                  ]
                }
              ],
              "default": null
            }
          ]
        }
      },
      {
        "name": "context",
        "type": {
          "type": "record",
          "name": "UploadContext",
          "doc": "What the supplier told us at upload; carried along so every stage is self-contained.",
          "fields": [
            {
              "name": "supplierId",
              "type": "string"
            },
            {
              "name": "market",
              "type": "string",
              "doc": "Marketplace/market code, e.g. \"DE\", \"FR\", \"JP\"."
            },
            {
              "name": "categoryHint",
              "type": [
                "null",
                "string"
              ],
              "default": null,
              "doc": "Supplier category hint (taxonomy code or free text)."
            },
            {
              "name": "targetLocales",
              "type": {
                "type": "array",
                "items": "string"
              },
              "doc": "BCP 47 locales to render, e.g. [\"en\",\"de\",\"zh-CN\"]."
            },
            {
              "name": "priceMinor",
              "type": [
                "null",
                "long"
              ],
              "default": null,
              "doc": "Price in minor units of currency (cents)."
            },
            {
              "name": "currency",
              "type": [
                "null",
                "string"
              ],
              "default": null,
              "doc": "ISO 4217 currency code."
            }
          ]
        }
      },
      {
        "name": "timingsMs",
        "type": {
          "type": "map",
          "values": "double"
        },
        "default": {}
      }
    ]
  },
  "DescriptionModerated": {
    "type": "record",
    "name": "DescriptionModerated",
    "namespace": "vitrine.events",
    "doc": "Every locale was checked against the rule packs and the routing policy.",
    "fields": [
      {
        "name": "eventId",
        "type": "string",
        "doc": "Unique id of this event. Derived events use a deterministic id (causing event id, stage, model version) so a re-delivery yields the same id."
      },
      {
        "name": "causationId",
        "type": [
          "null",
          "string"
        ],
        "default": null,
        "doc": "eventId of the event that caused this one (null for events that enter the system)."
      },
      {
        "name": "correlationId",
        "type": "string",
        "doc": "Id shared by every event descended from one upload; carried into logs."
      },
      {
        "name": "productId",
        "type": "string",
        "doc": "Product id; also the Kafka message key, so a product's events stay ordered on one partition."
      },
      {
        "name": "occurredAt",
        "type": {
          "type": "long",
          "logicalType": "timestamp-millis"
        },
        "doc": "When the event happened (UTC)."
      },
      {
        "name": "producer",
        "type": "string",
        "doc": "Emitting service and its version, e.g. \"preprocessor@0.1.0\"."
      },
      {
        "name": "imageId",
        "type": "string"
      },
      {
        "name": "modelId",
        "type": "string",
        "doc": "Describer model id, e.g. \"offline-ocr-color\" or \"glm-4.6v-flash\"."
      },
      {
        "name": "modelVersion",
        "type": "string",
        "doc": "Model (and LoRA) version; replays pin a new one."
      },
      {
        "name": "promptTemplateId",
        "type": "string"
      },
      {
        "name": "promptTemplateVersion",
        "type": "string"
      },
      {
        "name": "description",
        "type": {
          "type": "record",
          "name": "ProductDescription",
          "doc": "The single semantic source every locale is rendered from.",
          "fields": [
            {
              "name": "category",
              "type": [
                "null",
                {
                  "type": "record",
                  "name": "Attribute",
                  "doc": "A controlled-vocabulary value (taxonomy code) with its confidence and source.",
                  "fields": [
                    {
                      "name": "code",
                      "type": "string"
                    },
                    {
                      "name": "confidence",
                      "type": "double"
                    },
                    {
                      "name": "source",
                      "type": {
                        "type": "enum",
                        "name": "AttributeSource",
                        "symbols": [
                          "ocr",
                          "color",
                          "hint",
                          "rule",
                          "vlm",
                          "operator"
                        ],
                        "doc": "Where a value came from."
                      }
                    }
                  ]
                }
              ],
              "default": null
            },
            {
              "name": "colors",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "materials",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "styles",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "useScenes",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "features",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "attributes",
              "type": {
                "type": "array",
                "items": {
                  "type": "record",
                  "name": "NamedAttribute",
                  "doc": "A measured or read attribute such as brand, capacity, size, weight or model number.",
                  "fields": [
                    {
                      "name": "name",
                      "type": "string"
                    },
                    {
                      "name": "value",
                      "type": "string"
                    },
                    {
                      "name": "unit",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": "Unit of value, e.g. \"ml\", \"g\", \"h\"."
                    },
                    {
                      "name": "confidence",
                      "type": "double"
                    },
                    {
                      "name": "source",
                      "type": "AttributeSource"
                    }
                  ]
                }
              },
              "default": []
            },
            {
              "name": "printedText",
              "type": {
                "type": "array",
                "items": {
                  "type": "record",
                  "name": "PrintedText",
                  "doc": "A line of text printed on the product, as read by OCR.",
                  "fields": [
                    {
                      "name": "text",
                      "type": "string"
                    },
                    {
                      "name": "language",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": "Detected script/language, e.g. \"en\", \"zh\"."
                    },
                    {
                      "name": "confidence",
                      "type": "double"
                    },
                    {
                      "name": "box",
                      "type": {
                        "type": "array",
                        "items": "int"
                      },
                      "doc": "Quadrilateral x1,y1,...,x4,y4 in model-derivative pixels."
                    }
                  ]
                }
              },
              "default": []
            },
            {
              "name": "freeText",
              "type": [
                "null",
                {
                  "type": "record",
                  "name": "FreeText",
                  "doc": "Free text from a vision-language model, in its source locale.",
                  "fields": [
                    {
                      "name": "locale",
                      "type": "string"
                    },
                    {
                      "name": "title",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": null
                    },
                    {
                      "name": "sellingPoints",
                      "type": {
                        "type": "array",
                        "items": "string"
                      },
                      "default": []
                    },
                    {
                      "name": "description",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": null
                    }
                  ]
                }
              ],
              "default": null
            }
          ]
        }
      },
      {
        "name": "context",
        "type": {
          "type": "record",
          "name": "UploadContext",
          "doc": "What the supplier told us at upload; carried along so every stage is self-contained.",
          "fields": [
            {
              "name": "supplierId",
              "type": "string"
            },
            {
              "name": "market",
              "type": "string",
              "doc": "Marketplace/market code, e.g. \"DE\", \"FR\", \"JP\"."
            },
            {
              "name": "categoryHint",
              "type": [
                "null",
                "string"
              ],
              "default": null,
              "doc": "Supplier category hint (taxonomy code or free text)."
            },
            {
              "name": "targetLocales",
              "type": {
                "type": "array",
                "items": "string"
              },
              "doc": "BCP 47 locales to render, e.g. [\"en\",\"de\",\"zh-CN\"]."
            },
            {
              "name": "priceMinor",
              "type": [
                "null",
                "long"
              ],
              "default": null,
              "doc": "Price in minor units of currency (cents)."
            },
            {
              "name": "currency",
              "type": [
                "null",
                "string"
              ],
              "default": null,
              "doc": "ISO 4217 currency code."
            }
          ]
        }
      },
      {
        "name": "taxonomyVersion",
        "type": "string"
      },
      {
        "name": "locales",
        "type": {
          "type": "array",
          "items": {
            "type": "record",
            "name": "LocalizedContent",
            "doc": "One locale rendered from the structured description.",
            "fields": [
              {
                "name": "locale",
                "type": "string"
              },
              {
                "name": "title",
                "type": "string"
              },
              {
                "name": "bullets",
                "type": {
                  "type": "array",
                  "items": "string"
                }
              },
              {
                "name": "longDescription",
                "type": "string"
              },
              {
                "name": "seoKeywords",
                "type": {
                  "type": "array",
                  "items": "string"
                }
              },
              {
                "name": "attributeLabels",
                "type": {
                  "type": "map",
                  "values": "string"
                },
                "default": {},
                "doc": "Taxonomy code -> localized label, for every code in the description."
              },
              {
                "name": "freeTextStatus",
                "type": {
                  "type": "enum",
                  "name": "FreeTextStatus",
                  "symbols": [
                    "none",
                    "source_only",
                    "translated"
                  ]
                },
                "default": "none",
                "doc": "none: no free text; source_only: kept in its source locale (no translator); translated."
              }
            ]
          }
        }
      },
      {
        "name": "verdict",
        "type": {
          "type": "record",
          "name": "ModerationVerdict",
          "fields": [
            {
              "name": "status",
              "type": {
                "type": "enum",
                "name": "VerdictStatus",
                "symbols": [
                  "approved",
                  "needs_review",
                  "rejected"
                ]
              }
            },
            {
              "name": "reasons",
              "type": {
                "type": "array",
                "items": {
                  "type": "record",
                  "name": "VerdictReason",
                  "fields": [
                    {
                      "name": "code",
                      "type": "string",
                      "doc": "e.g. \"hard_violation\", \"soft_violation\", \"price_above_threshold\", \"regulated_category\", \"low_confidence\"."
                    },
                    {
                      "name": "message",
                      "type": "string"
                    }
                  ]
                }
              }
            },
            {
              "name": "hits",
              "type": {
                "type": "array",
                "items": {
                  "type": "record",
                  "name": "RuleHit",
                  "fields": [
                    {
                      "name": "ruleId",
                      "type": "string"
                    },
                    {
                      "name": "family",
                      "type": "string"
                    },
                    {
                      "name": "severity",
                      "type": {
                        "type": "enum",
                        "name": "Severity",
                        "symbols": [
                          "hard",
                          "soft"
                        ]
                      }
                    },
                    {
                      "name": "locale",
                      "type": "string"
                    },
                    {
                      "name": "field",
                      "type": "string"
                    },
                    {
                      "name": "start",
                      "type": "int"
                    },
                    {
                      "name": "end",
                      "type": "int"
                    },
                    {
                      "name": "matched",
                      "type": "string"
                    }
                  ]
                }
              }
            },
            {
              "name": "policyVersion",
              "type": "string"
            }
          ]
        }
      }
    ]
  },
  "DescriptionPublished": {
    "type": "record",
    "name": "DescriptionPublished",
    "namespace": "vitrine.events",
    "doc": "The catalog-ready description of a product in every target locale. Downstream indexers consume this.",
    "fields": [
      {
        "name": "eventId",
        "type": "string",
        "doc": "Unique id of this event. Derived events use a deterministic id (causing event id, stage, model version) so a re-delivery yields the same id."
      },
      {
        "name": "causationId",
        "type": [
          "null",
          "string"
        ],
        "default": null,
        "doc": "eventId of the event that caused this one (null for events that enter the system)."
      },
      {
        "name": "correlationId",
        "type": "string",
        "doc": "Id shared by every event descended from one upload; carried into logs."
      },
      {
        "name": "productId",
        "type": "string",
        "doc": "Product id; also the Kafka message key, so a product's events stay ordered on one partition."
      },
      {
        "name": "occurredAt",
        "type": {
          "type": "long",
          "logicalType": "timestamp-millis"
        },
        "doc": "When the event happened (UTC)."
      },
      {
        "name": "producer",
        "type": "string",
        "doc": "Emitting service and its version, e.g. \"preprocessor@0.1.0\"."
      },
      {
        "name": "imageId",
        "type": "string"
      },
      {
        "name": "modelId",
        "type": "string",
        "doc": "Describer model id, e.g. \"offline-ocr-color\" or \"glm-4.6v-flash\"."
      },
      {
        "name": "modelVersion",
        "type": "string",
        "doc": "Model (and LoRA) version; replays pin a new one."
      },
      {
        "name": "promptTemplateId",
        "type": "string"
      },
      {
        "name": "promptTemplateVersion",
        "type": "string"
      },
      {
        "name": "description",
        "type": {
          "type": "record",
          "name": "ProductDescription",
          "doc": "The single semantic source every locale is rendered from.",
          "fields": [
            {
              "name": "category",
              "type": [
                "null",
                {
                  "type": "record",
                  "name": "Attribute",
                  "doc": "A controlled-vocabulary value (taxonomy code) with its confidence and source.",
                  "fields": [
                    {
                      "name": "code",
                      "type": "string"
                    },
                    {
                      "name": "confidence",
                      "type": "double"
                    },
                    {
                      "name": "source",
                      "type": {
                        "type": "enum",
                        "name": "AttributeSource",
                        "symbols": [
                          "ocr",
                          "color",
                          "hint",
                          "rule",
                          "vlm",
                          "operator"
                        ],
                        "doc": "Where a value came from."
                      }
                    }
                  ]
                }
              ],
              "default": null
            },
            {
              "name": "colors",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "materials",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "styles",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "useScenes",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "features",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "attributes",
              "type": {
                "type": "array",
                "items": {
                  "type": "record",
                  "name": "NamedAttribute",
                  "doc": "A measured or read attribute such as brand, capacity, size, weight or model number.",
                  "fields": [
                    {
                      "name": "name",
                      "type": "string"
                    },
                    {
                      "name": "value",
                      "type": "string"
                    },
                    {
                      "name": "unit",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": "Unit of value, e.g. \"ml\", \"g\", \"h\"."
                    },
                    {
                      "name": "confidence",
                      "type": "double"
                    },
                    {
                      "name": "source",
                      "type": "AttributeSource"
                    }
                  ]
                }
              },
              "default": []
            },
            {
              "name": "printedText",
              "type": {
                "type": "array",
                "items": {
                  "type": "record",
                  "name": "PrintedText",
                  "doc": "A line of text printed on the product, as read by OCR.",
                  "fields": [
                    {
                      "name": "text",
                      "type": "string"
                    },
                    {
                      "name": "language",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": "Detected script/language, e.g. \"en\", \"zh\"."
                    },
                    {
                      "name": "confidence",
                      "type": "double"
                    },
                    {
                      "name": "box",
                      "type": {
                        "type": "array",
                        "items": "int"
                      },
                      "doc": "Quadrilateral x1,y1,...,x4,y4 in model-derivative pixels."
                    }
                  ]
                }
              },
              "default": []
            },
            {
              "name": "freeText",
              "type": [
                "null",
                {
                  "type": "record",
                  "name": "FreeText",
                  "doc": "Free text from a vision-language model, in its source locale.",
                  "fields": [
                    {
                      "name": "locale",
                      "type": "string"
                    },
                    {
                      "name": "title",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": null
                    },
                    {
                      "name": "sellingPoints",
                      "type": {
                        "type": "array",
                        "items": "string"
                      },
                      "default": []
                    },
                    {
                      "name": "description",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": null
                    }
                  ]
                }
              ],
              "default": null
            }
          ]
        }
      },
      {
        "name": "context",
        "type": {
          "type": "record",
          "name": "UploadContext",
          "doc": "What the supplier told us at upload; carried along so every stage is self-contained.",
          "fields": [
            {
              "name": "supplierId",
              "type": "string"
            },
            {
              "name": "market",
              "type": "string",
              "doc": "Marketplace/market code, e.g. \"DE\", \"FR\", \"JP\"."
            },
            {
              "name": "categoryHint",
              "type": [
                "null",
                "string"
              ],
              "default": null,
              "doc": "Supplier category hint (taxonomy code or free text)."
            },
            {
              "name": "targetLocales",
              "type": {
                "type": "array",
                "items": "string"
              },
              "doc": "BCP 47 locales to render, e.g. [\"en\",\"de\",\"zh-CN\"]."
            },
            {
              "name": "priceMinor",
              "type": [
                "null",
                "long"
              ],
              "default": null,
              "doc": "Price in minor units of currency (cents)."
            },
            {
              "name": "currency",
              "type": [
                "null",
                "string"
              ],
              "default": null,
              "doc": "ISO 4217 currency code."
            }
          ]
        }
      },
      {
        "name": "taxonomyVersion",
        "type": "string"
      },
      {
        "name": "locales",
        "type": {
          "type": "array",
          "items": {
            "type": "record",
            "name": "LocalizedContent",
            "doc": "One locale rendered from the structured description.",
            "fields": [
              {
                "name": "locale",
                "type": "string"
              },
              {
                "name": "title",
                "type": "string"
              },
              {
                "name": "bullets",
                "type": {
                  "type": "array",
                  "items": "string"
                }
              },
              {
                "name": "longDescription",
                "type": "string"
              },
              {
                "name": "seoKeywords",
                "type": {
                  "type": "array",
                  "items": "string"
                }
              },
              {
                "name": "attributeLabels",
                "type": {
                  "type": "map",
                  "values": "string"
                },
                "default": {},
                "doc": "Taxonomy code -> localized label, for every code in the description."
              },
              {
                "name": "freeTextStatus",
                "type": {
                  "type": "enum",
                  "name": "FreeTextStatus",
                  "symbols": [
                    "none",
                    "source_only",
                    "translated"
                  ]
                },
                "default": "none",
                "doc": "none: no free text; source_only: kept in its source locale (no translator); translated."
              }
            ]
          }
        }
      },
      {
        "name": "moderation",
        "type": {
          "type": "record",
          "name": "ModerationProvenance",
          "fields": [
            {
              "name": "status",
              "type": "string"
            },
            {
              "name": "policyVersion",
              "type": "string"
            },
            {
              "name": "moderatedEventId",
              "type": "string"
            },
            {
              "name": "reasons",
              "type": {
                "type": "array",
                "items": "string"
              },
              "default": []
            }
          ]
        }
      },
      {
        "name": "review",
        "type": [
          "null",
          {
            "type": "record",
            "name": "ReviewProvenance",
            "fields": [
              {
                "name": "reviewer",
                "type": "string"
              },
              {
                "name": "decision",
                "type": "string"
              },
              {
                "name": "reviewedEventId",
                "type": "string"
              },
              {
                "name": "reviewedAt",
                "type": {
                  "type": "long",
                  "logicalType": "timestamp-millis"
                }
              }
            ]
          }
        ],
        "default": null
      }
    ]
  },
  "DescriptionReviewed": {
    "type": "record",
    "name": "DescriptionReviewed",
    "namespace": "vitrine.events",
    "doc": "An operator decided on a description that needed review.",
    "fields": [
      {
        "name": "eventId",
        "type": "string",
        "doc": "Unique id of this event. Derived events use a deterministic id (causing event id, stage, model version) so a re-delivery yields the same id."
      },
      {
        "name": "causationId",
        "type": [
          "null",
          "string"
        ],
        "default": null,
        "doc": "eventId of the event that caused this one (null for events that enter the system)."
      },
      {
        "name": "correlationId",
        "type": "string",
        "doc": "Id shared by every event descended from one upload; carried into logs."
      },
      {
        "name": "productId",
        "type": "string",
        "doc": "Product id; also the Kafka message key, so a product's events stay ordered on one partition."
      },
      {
        "name": "occurredAt",
        "type": {
          "type": "long",
          "logicalType": "timestamp-millis"
        },
        "doc": "When the event happened (UTC)."
      },
      {
        "name": "producer",
        "type": "string",
        "doc": "Emitting service and its version, e.g. \"preprocessor@0.1.0\"."
      },
      {
        "name": "moderatedEventId",
        "type": "string"
      },
      {
        "name": "reviewer",
        "type": "string"
      },
      {
        "name": "decision",
        "type": {
          "type": "enum",
          "name": "ReviewDecision",
          "symbols": [
            "approved",
            "rejected",
            "corrected"
          ]
        }
      },
      {
        "name": "note",
        "type": [
          "null",
          "string"
        ],
        "default": null,
        "doc": null
      },
      {
        "name": "imageId",
        "type": "string"
      },
      {
        "name": "modelId",
        "type": "string",
        "doc": "Describer model id, e.g. \"offline-ocr-color\" or \"glm-4.6v-flash\"."
      },
      {
        "name": "modelVersion",
        "type": "string",
        "doc": "Model (and LoRA) version; replays pin a new one."
      },
      {
        "name": "promptTemplateId",
        "type": "string"
      },
      {
        "name": "promptTemplateVersion",
        "type": "string"
      },
      {
        "name": "description",
        "type": {
          "type": "record",
          "name": "ProductDescription",
          "doc": "The single semantic source every locale is rendered from.",
          "fields": [
            {
              "name": "category",
              "type": [
                "null",
                {
                  "type": "record",
                  "name": "Attribute",
                  "doc": "A controlled-vocabulary value (taxonomy code) with its confidence and source.",
                  "fields": [
                    {
                      "name": "code",
                      "type": "string"
                    },
                    {
                      "name": "confidence",
                      "type": "double"
                    },
                    {
                      "name": "source",
                      "type": {
                        "type": "enum",
                        "name": "AttributeSource",
                        "symbols": [
                          "ocr",
                          "color",
                          "hint",
                          "rule",
                          "vlm",
                          "operator"
                        ],
                        "doc": "Where a value came from."
                      }
                    }
                  ]
                }
              ],
              "default": null
            },
            {
              "name": "colors",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "materials",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "styles",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "useScenes",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "features",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "attributes",
              "type": {
                "type": "array",
                "items": {
                  "type": "record",
                  "name": "NamedAttribute",
                  "doc": "A measured or read attribute such as brand, capacity, size, weight or model number.",
                  "fields": [
                    {
                      "name": "name",
                      "type": "string"
                    },
                    {
                      "name": "value",
                      "type": "string"
                    },
                    {
                      "name": "unit",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": "Unit of value, e.g. \"ml\", \"g\", \"h\"."
                    },
                    {
                      "name": "confidence",
                      "type": "double"
                    },
                    {
                      "name": "source",
                      "type": "AttributeSource"
                    }
                  ]
                }
              },
              "default": []
            },
            {
              "name": "printedText",
              "type": {
                "type": "array",
                "items": {
                  "type": "record",
                  "name": "PrintedText",
                  "doc": "A line of text printed on the product, as read by OCR.",
                  "fields": [
                    {
                      "name": "text",
                      "type": "string"
                    },
                    {
                      "name": "language",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": "Detected script/language, e.g. \"en\", \"zh\"."
                    },
                    {
                      "name": "confidence",
                      "type": "double"
                    },
                    {
                      "name": "box",
                      "type": {
                        "type": "array",
                        "items": "int"
                      },
                      "doc": "Quadrilateral x1,y1,...,x4,y4 in model-derivative pixels."
                    }
                  ]
                }
              },
              "default": []
            },
            {
              "name": "freeText",
              "type": [
                "null",
                {
                  "type": "record",
                  "name": "FreeText",
                  "doc": "Free text from a vision-language model, in its source locale.",
                  "fields": [
                    {
                      "name": "locale",
                      "type": "string"
                    },
                    {
                      "name": "title",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": null
                    },
                    {
                      "name": "sellingPoints",
                      "type": {
                        "type": "array",
                        "items": "string"
                      },
                      "default": []
                    },
                    {
                      "name": "description",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": null
                    }
                  ]
                }
              ],
              "default": null
            }
          ]
        }
      },
      {
        "name": "context",
        "type": {
          "type": "record",
          "name": "UploadContext",
          "doc": "What the supplier told us at upload; carried along so every stage is self-contained.",
          "fields": [
            {
              "name": "supplierId",
              "type": "string"
            },
            {
              "name": "market",
              "type": "string",
              "doc": "Marketplace/market code, e.g. \"DE\", \"FR\", \"JP\"."
            },
            {
              "name": "categoryHint",
              "type": [
                "null",
                "string"
              ],
              "default": null,
              "doc": "Supplier category hint (taxonomy code or free text)."
            },
            {
              "name": "targetLocales",
              "type": {
                "type": "array",
                "items": "string"
              },
              "doc": "BCP 47 locales to render, e.g. [\"en\",\"de\",\"zh-CN\"]."
            },
            {
              "name": "priceMinor",
              "type": [
                "null",
                "long"
              ],
              "default": null,
              "doc": "Price in minor units of currency (cents)."
            },
            {
              "name": "currency",
              "type": [
                "null",
                "string"
              ],
              "default": null,
              "doc": "ISO 4217 currency code."
            }
          ]
        }
      },
      {
        "name": "taxonomyVersion",
        "type": "string"
      },
      {
        "name": "locales",
        "type": {
          "type": "array",
          "items": {
            "type": "record",
            "name": "LocalizedContent",
            "doc": "One locale rendered from the structured description.",
            "fields": [
              {
                "name": "locale",
                "type": "string"
              },
              {
                "name": "title",
                "type": "string"
              },
              {
                "name": "bullets",
                "type": {
                  "type": "array",
                  "items": "string"
                }
              },
              {
                "name": "longDescription",
                "type": "string"
              },
              {
                "name": "seoKeywords",
                "type": {
                  "type": "array",
                  "items": "string"
                }
              },
              {
                "name": "attributeLabels",
                "type": {
                  "type": "map",
                  "values": "string"
                },
                "default": {},
                "doc": "Taxonomy code -> localized label, for every code in the description."
              },
              {
                "name": "freeTextStatus",
                "type": {
                  "type": "enum",
                  "name": "FreeTextStatus",
                  "symbols": [
                    "none",
                    "source_only",
                    "translated"
                  ]
                },
                "default": "none",
                "doc": "none: no free text; source_only: kept in its source locale (no translator); translated."
              }
            ]
          }
        }
      }
    ]
  },
  "DescriptionTranslated": {
    "type": "record",
    "name": "DescriptionTranslated",
    "namespace": "vitrine.events",
    "doc": "Every target locale was rendered from the structured description.",
    "fields": [
      {
        "name": "eventId",
        "type": "string",
        "doc": "Unique id of this event. Derived events use a deterministic id (causing event id, stage, model version) so a re-delivery yields the same id."
      },
      {
        "name": "causationId",
        "type": [
          "null",
          "string"
        ],
        "default": null,
        "doc": "eventId of the event that caused this one (null for events that enter the system)."
      },
      {
        "name": "correlationId",
        "type": "string",
        "doc": "Id shared by every event descended from one upload; carried into logs."
      },
      {
        "name": "productId",
        "type": "string",
        "doc": "Product id; also the Kafka message key, so a product's events stay ordered on one partition."
      },
      {
        "name": "occurredAt",
        "type": {
          "type": "long",
          "logicalType": "timestamp-millis"
        },
        "doc": "When the event happened (UTC)."
      },
      {
        "name": "producer",
        "type": "string",
        "doc": "Emitting service and its version, e.g. \"preprocessor@0.1.0\"."
      },
      {
        "name": "imageId",
        "type": "string"
      },
      {
        "name": "modelId",
        "type": "string",
        "doc": "Describer model id, e.g. \"offline-ocr-color\" or \"glm-4.6v-flash\"."
      },
      {
        "name": "modelVersion",
        "type": "string",
        "doc": "Model (and LoRA) version; replays pin a new one."
      },
      {
        "name": "promptTemplateId",
        "type": "string"
      },
      {
        "name": "promptTemplateVersion",
        "type": "string"
      },
      {
        "name": "description",
        "type": {
          "type": "record",
          "name": "ProductDescription",
          "doc": "The single semantic source every locale is rendered from.",
          "fields": [
            {
              "name": "category",
              "type": [
                "null",
                {
                  "type": "record",
                  "name": "Attribute",
                  "doc": "A controlled-vocabulary value (taxonomy code) with its confidence and source.",
                  "fields": [
                    {
                      "name": "code",
                      "type": "string"
                    },
                    {
                      "name": "confidence",
                      "type": "double"
                    },
                    {
                      "name": "source",
                      "type": {
                        "type": "enum",
                        "name": "AttributeSource",
                        "symbols": [
                          "ocr",
                          "color",
                          "hint",
                          "rule",
                          "vlm",
                          "operator"
                        ],
                        "doc": "Where a value came from."
                      }
                    }
                  ]
                }
              ],
              "default": null
            },
            {
              "name": "colors",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "materials",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "styles",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "useScenes",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "features",
              "type": {
                "type": "array",
                "items": "Attribute"
              },
              "default": []
            },
            {
              "name": "attributes",
              "type": {
                "type": "array",
                "items": {
                  "type": "record",
                  "name": "NamedAttribute",
                  "doc": "A measured or read attribute such as brand, capacity, size, weight or model number.",
                  "fields": [
                    {
                      "name": "name",
                      "type": "string"
                    },
                    {
                      "name": "value",
                      "type": "string"
                    },
                    {
                      "name": "unit",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": "Unit of value, e.g. \"ml\", \"g\", \"h\"."
                    },
                    {
                      "name": "confidence",
                      "type": "double"
                    },
                    {
                      "name": "source",
                      "type": "AttributeSource"
                    }
                  ]
                }
              },
              "default": []
            },
            {
              "name": "printedText",
              "type": {
                "type": "array",
                "items": {
                  "type": "record",
                  "name": "PrintedText",
                  "doc": "A line of text printed on the product, as read by OCR.",
                  "fields": [
                    {
                      "name": "text",
                      "type": "string"
                    },
                    {
                      "name": "language",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": "Detected script/language, e.g. \"en\", \"zh\"."
                    },
                    {
                      "name": "confidence",
                      "type": "double"
                    },
                    {
                      "name": "box",
                      "type": {
                        "type": "array",
                        "items": "int"
                      },
                      "doc": "Quadrilateral x1,y1,...,x4,y4 in model-derivative pixels."
                    }
                  ]
                }
              },
              "default": []
            },
            {
              "name": "freeText",
              "type": [
                "null",
                {
                  "type": "record",
                  "name": "FreeText",
                  "doc": "Free text from a vision-language model, in its source locale.",
                  "fields": [
                    {
                      "name": "locale",
                      "type": "string"
                    },
                    {
                      "name": "title",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": null
                    },
                    {
                      "name": "sellingPoints",
                      "type": {
                        "type": "array",
                        "items": "string"
                      },
                      "default": []
                    },
                    {
                      "name": "description",
                      "type": [
                        "null",
                        "string"
                      ],
                      "default": null,
                      "doc": null
                    }
                  ]
                }
              ],
              "default": null
            }
          ]
        }
      },
      {
        "name": "context",
        "type": {
          "type": "record",
          "name": "UploadContext",
          "doc": "What the supplier told us at upload; carried along so every stage is self-contained.",
          "fields": [
            {
              "name": "supplierId",
              "type": "string"
            },
            {
              "name": "market",
              "type": "string",
              "doc": "Marketplace/market code, e.g. \"DE\", \"FR\", \"JP\"."
            },
            {
              "name": "categoryHint",
              "type": [
                "null",
                "string"
              ],
              "default": null,
              "doc": "Supplier category hint (taxonomy code or free text)."
            },
            {
              "name": "targetLocales",
              "type": {
                "type": "array",
                "items": "string"
              },
              "doc": "BCP 47 locales to render, e.g. [\"en\",\"de\",\"zh-CN\"]."
            },
            {
              "name": "priceMinor",
              "type": [
                "null",
                "long"
              ],
              "default": null,
              "doc": "Price in minor units of currency (cents)."
            },
            {
              "name": "currency",
              "type": [
                "null",
                "string"
              ],
              "default": null,
              "doc": "ISO 4217 currency code."
            }
          ]
        }
      },
      {
        "name": "taxonomyVersion",
        "type": "string"
      },
      {
        "name": "sourceLocale",
        "type": "string"
      },
      {
        "name": "locales",
        "type": {
          "type": "array",
          "items": {
            "type": "record",
            "name": "LocalizedContent",
            "doc": "One locale rendered from the structured description.",
            "fields": [
              {
                "name": "locale",
                "type": "string"
              },
              {
                "name": "title",
                "type": "string"
              },
              {
                "name": "bullets",
                "type": {
                  "type": "array",
                  "items": "string"
                }
              },
              {
                "name": "longDescription",
                "type": "string"
              },
              {
                "name": "seoKeywords",
                "type": {
                  "type": "array",
                  "items": "string"
                }
              },
              {
                "name": "attributeLabels",
                "type": {
                  "type": "map",
                  "values": "string"
                },
                "default": {},
                "doc": "Taxonomy code -> localized label, for every code in the description."
              },
              {
                "name": "freeTextStatus",
                "type": {
                  "type": "enum",
                  "name": "FreeTextStatus",
                  "symbols": [
                    "none",
                    "source_only",
                    "translated"
                  ]
                },
                "default": "none",
                "doc": "none: no free text; source_only: kept in its source locale (no translator); translated."
              }
            ]
          }
        }
      }
    ]
  },
  "ImagePreprocessed": {
    "type": "record",
    "name": "ImagePreprocessed",
    "namespace": "vitrine.events",
    "doc": "An image was decoded, validated and normalized; a model-ready derivative exists.",
    "fields": [
      {
        "name": "eventId",
        "type": "string",
        "doc": "Unique id of this event. Derived events use a deterministic id (causing event id, stage, model version) so a re-delivery yields the same id."
      },
      {
        "name": "causationId",
        "type": [
          "null",
          "string"
        ],
        "default": null,
        "doc": "eventId of the event that caused this one (null for events that enter the system)."
      },
      {
        "name": "correlationId",
        "type": "string",
        "doc": "Id shared by every event descended from one upload; carried into logs."
      },
      {
        "name": "productId",
        "type": "string",
        "doc": "Product id; also the Kafka message key, so a product's events stay ordered on one partition."
      },
      {
        "name": "occurredAt",
        "type": {
          "type": "long",
          "logicalType": "timestamp-millis"
        },
        "doc": "When the event happened (UTC)."
      },
      {
        "name": "producer",
        "type": "string",
        "doc": "Emitting service and its version, e.g. \"preprocessor@0.1.0\"."
      },
      {
        "name": "imageId",
        "type": "string"
      },
      {
        "name": "imageUri",
        "type": "string"
      },
      {
        "name": "derivativeUri",
        "type": "string"
      },
      {
        "name": "derivativeWidth",
        "type": "int"
      },
      {
        "name": "derivativeHeight",
        "type": "int"
      },
      {
        "name": "phash",
        "type": "string",
        "doc": "64-bit DCT perceptual hash, 16 hex characters."
      },
      {
        "name": "facts",
        "type": {
          "type": "record",
          "name": "ImageFacts",
          "fields": [
            {
              "name": "format",
              "type": "string"
            },
            {
              "name": "width",
              "type": "int"
            },
            {
              "name": "height",
              "type": "int"
            },
            {
              "name": "aspect",
              "type": "double"
            },
            {
              "name": "sharpness",
              "type": "double",
              "doc": "Variance of the Laplacian on a greyscale thumbnail."
            },
            {
              "name": "backgroundWhiteness",
              "type": "double",
              "doc": "Share (0..1) of near-white pixels on the border band."
            },
            {
              "name": "transparency",
              "type": "double",
              "doc": "Share (0..1) of pixels that are not fully opaque."
            }
          ]
        }
      },
      {
        "name": "modelVersion",
        "type": "string",
        "doc": "Model version the near-duplicate cache was checked for (replays pin a new one)."
      },
      {
        "name": "context",
        "type": {
          "type": "record",
          "name": "UploadContext",
          "doc": "What the supplier told us at upload; carried along so every stage is self-contained.",
          "fields": [
            {
              "name": "supplierId",
              "type": "string"
            },
            {
              "name": "market",
              "type": "string",
              "doc": "Marketplace/market code, e.g. \"DE\", \"FR\", \"JP\"."
            },
            {
              "name": "categoryHint",
              "type": [
                "null",
                "string"
              ],
              "default": null,
              "doc": "Supplier category hint (taxonomy code or free text)."
            },
            {
              "name": "targetLocales",
              "type": {
                "type": "array",
                "items": "string"
              },
              "doc": "BCP 47 locales to render, e.g. [\"en\",\"de\",\"zh-CN\"]."
            },
            {
              "name": "priceMinor",
              "type": [
                "null",
                "long"
              ],
              "default": null,
              "doc": "Price in minor units of currency (cents)."
            },
            {
              "name": "currency",
              "type": [
                "null",
                "string"
              ],
              "default": null,
              "doc": "ISO 4217 currency code."
            }
          ]
        }
      }
    ]
  },
  "ImageUploaded": {
    "type": "record",
    "name": "ImageUploaded",
    "namespace": "vitrine.events",
    "doc": "A supplier image entered the system. Carries a blob URI, never the bytes.",
    "fields": [
      {
        "name": "eventId",
        "type": "string",
        "doc": "Unique id of this event. Derived events use a deterministic id (causing event id, stage, model version) so a re-delivery yields the same id."
      },
      {
        "name": "causationId",
        "type": [
          "null",
          "string"
        ],
        "default": null,
        "doc": "eventId of the event that caused this one (null for events that enter the system)."
      },
      {
        "name": "correlationId",
        "type": "string",
        "doc": "Id shared by every event descended from one upload; carried into logs."
      },
      {
        "name": "productId",
        "type": "string",
        "doc": "Product id; also the Kafka message key, so a product's events stay ordered on one partition."
      },
      {
        "name": "occurredAt",
        "type": {
          "type": "long",
          "logicalType": "timestamp-millis"
        },
        "doc": "When the event happened (UTC)."
      },
      {
        "name": "producer",
        "type": "string",
        "doc": "Emitting service and its version, e.g. \"preprocessor@0.1.0\"."
      },
      {
        "name": "imageId",
        "type": "string",
        "doc": "sha256 of the bytes (hex)."
      },
      {
        "name": "imageUri",
        "type": "string"
      },
      {
        "name": "contentType",
        "type": "string",
        "doc": "Sniffed from the bytes, not trusted from headers."
      },
      {
        "name": "byteSize",
        "type": "long"
      },
      {
        "name": "sourceUrl",
        "type": [
          "null",
          "string"
        ],
        "default": null,
        "doc": "The URL it was fetched from, when uploaded by URL."
      },
      {
        "name": "context",
        "type": {
          "type": "record",
          "name": "UploadContext",
          "doc": "What the supplier told us at upload; carried along so every stage is self-contained.",
          "fields": [
            {
              "name": "supplierId",
              "type": "string"
            },
            {
              "name": "market",
              "type": "string",
              "doc": "Marketplace/market code, e.g. \"DE\", \"FR\", \"JP\"."
            },
            {
              "name": "categoryHint",
              "type": [
                "null",
                "string"
              ],
              "default": null,
              "doc": "Supplier category hint (taxonomy code or free text)."
            },
            {
              "name": "targetLocales",
              "type": {
                "type": "array",
                "items": "string"
              },
              "doc": "BCP 47 locales to render, e.g. [\"en\",\"de\",\"zh-CN\"]."
            },
            {
              "name": "priceMinor",
              "type": [
                "null",
                "long"
              ],
              "default": null,
              "doc": "Price in minor units of currency (cents)."
            },
            {
              "name": "currency",
              "type": [
                "null",
                "string"
              ],
              "default": null,
              "doc": "ISO 4217 currency code."
            }
          ]
        }
      }
    ]
  }
} as const;
