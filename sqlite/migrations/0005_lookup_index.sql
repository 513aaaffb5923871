-- People are looked up by name without knowing their type.
CREATE INDEX canon_entities_name_key ON canon_entities(name_key);
