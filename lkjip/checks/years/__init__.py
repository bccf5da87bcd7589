"""Rules across years (LKJ-Ynnn): one agency's reports of different years, from a store."""
