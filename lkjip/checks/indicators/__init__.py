"""Rules over indicator tables (LKJ-K…): one indicator restated in several tables."""
